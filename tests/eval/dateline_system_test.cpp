#include "dateline/eval/dateline_system.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"

namespace dateline {
namespace {

TEST(dateline_timexes, carry_each_tagged_span_with_its_type_value_and_mod) {
    document doc;
    doc.path = "a.txt";
    doc.content = "Markets fell on Wednesday, April 23, 2025, and may recover in about three weeks.";
    doc.published = publication_time{date::local_days{date::year{2025} / 4 / 24}, std::nullopt, {}};

    const tagged_document tagged = tag_document(doc);
    const std::vector<timex_annotation> out = dateline_timexes(doc);
    ASSERT_FALSE(out.empty());
    // The explicit date is found and resolved whatever else the grammar finds.
    EXPECT_TRUE(std::any_of(out.begin(), out.end(), [](const timex_annotation& a) {
        return a.type == "DATE" && a.value == "2025-04-23" && a.text.ends_with("April 23, 2025");
    })) << testing::PrintToString(out.size());
    ASSERT_EQ(out.size(), tagged.timexes.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const timex& t = tagged.timexes[i];
        EXPECT_EQ(out[i], (timex_annotation{t.begin, t.end, doc.content.substr(t.begin, t.end - t.begin), "",
                                            std::string(to_string(t.r.type)), t.r.value, t.r.mod}));
    }
}

}  // namespace
}  // namespace dateline
