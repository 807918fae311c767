#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dateline/render/tag_jsonl.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::at;
using test::day;

document dated_document() {
    document d;
    d.path = "dir/a b.txt";
    d.content = "---\npublished: 2025-04-24\n---\nKyiv was hit “last night”. Talks on Wednesday.\n";
    d.body_begin = d.content.find("Kyiv");
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    d.published_from = date_origin::front_matter;
    return d;
}

tagged_document tags_of(const document& d) {
    tagged_document t;
    t.timexes.push_back(test::make_timex(d, "last night", "2025-04-23TNI", granularity::part_of_day,
                                         local_interval{at(2025, 4, 23, 18), at(2025, 4, 24, 6)},
                                         "part_of_day.last_night", anchor_kind::dct, "2025-04-24", timex_type::time));
    t.timexes.push_back(test::make_timex(d, "Wednesday", "", granularity::none, std::nullopt, "weekday.bare",
                                         anchor_kind::dct, "2025-04-24"));
    t.timexes.back().r.mod = "APPROX";
    return t;
}

TEST(tag_jsonl, one_line_per_document_with_byte_offsets_into_the_file) {
    const document d = dated_document();
    EXPECT_EQ(render_tag_jsonl(d, tags_of(d)),
              R"({"document":"dir/a b.txt","published":"2025-04-24","published_from":"front_matter","timexes":[)"
              R"({"start":46,"end":56,"text":"last night","type":"TIME","value":"2025-04-23TNI","mod":"",)"
              R"("rule":"part_of_day.last_night","anchor":"dct","anchor_value":"2025-04-24","tense":"past",)"
              R"("interval":{"begin":"2025-04-23T18:00:00","end":"2025-04-24T06:00:00"},"granularity":"part_of_day"},)"
              R"({"start":70,"end":79,"text":"Wednesday","type":"DATE","value":"","mod":"APPROX",)"
              R"("rule":"weekday.bare","anchor":"dct","anchor_value":"2025-04-24","tense":"past",)"
              R"("interval":null,"granularity":"none"}]})"
              "\n");
}

TEST(tag_jsonl, offsets_select_the_timex_text_in_the_content) {
    const document d = dated_document();
    const auto j = nlohmann::json::parse(render_tag_jsonl(d, tags_of(d)));
    for (const auto& t : j.at("timexes")) {
        const auto start = t.at("start").get<std::size_t>();
        const auto end = t.at("end").get<std::size_t>();
        EXPECT_EQ(d.content.substr(start, end - start), t.at("text").get<std::string>());
    }
}

TEST(tag_jsonl, undated_document_has_null_published_and_no_timexes) {
    document d;
    d.path = "line\nbreak\".txt";
    d.content = "Nothing dated here.";
    const std::string line = render_tag_jsonl(d, {});
    EXPECT_EQ(line, "{\"document\":\"line\\nbreak\\\".txt\",\"published\":null,\"published_from\":\"none\","
                    "\"timexes\":[]}\n");
    EXPECT_EQ(line.find('\n'), line.size() - 1);
}

TEST(tag_jsonl, publication_time_of_day_is_part_of_the_value) {
    document d;
    d.path = "t.txt";
    d.published = publication_time{day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "+03:00"};
    d.published_from = date_origin::manifest;
    const auto j = nlohmann::json::parse(render_tag_jsonl(d, {}));
    EXPECT_EQ(j.at("published"), "2025-04-24T21:10");
    EXPECT_EQ(j.at("published_from"), "manifest");
}

}  // namespace
}  // namespace dateline
