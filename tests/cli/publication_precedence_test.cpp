#include "publication_precedence.hpp"

#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dateline::cli {
namespace {

publication_time on(int y, unsigned m, unsigned d) {
    return {date::local_days{date::year{y} / date::month{m} / date::day{d}}, std::nullopt, ""};
}

struct precedence_case {
    const char* name;
    std::optional<date_origin> read_from;  // what read_article found: front matter, text dateline, nothing
    bool manifest_has_date;
    bool flag_given;
    date_origin expected_origin;
};

// Each source gives a different day so that the winner is visible.
const publication_time front_matter_day = on(2025, 1, 1);
const publication_time text_day = on(2025, 2, 2);
const publication_time manifest_day = on(2025, 3, 3);
const publication_time flag_day = on(2025, 4, 4);

std::optional<publication_time> day_of(date_origin o) {
    switch (o) {
        case date_origin::front_matter: return front_matter_day;
        case date_origin::text_dateline: return text_day;
        case date_origin::manifest: return manifest_day;
        case date_origin::command_line: return flag_day;
        default: return std::nullopt;
    }
}

TEST(settle_publication, front_matter_beats_manifest_beats_flag_beats_text_dateline) {
    const std::vector<precedence_case> cases = {
        {"front matter over all", date_origin::front_matter, true, true, date_origin::front_matter},
        {"manifest over flag and text", date_origin::text_dateline, true, true, date_origin::manifest},
        {"flag over text", date_origin::text_dateline, false, true, date_origin::command_line},
        {"text when alone", date_origin::text_dateline, false, false, date_origin::text_dateline},
        {"manifest for an undated file", std::nullopt, true, false, date_origin::manifest},
        {"flag for an undated file", std::nullopt, false, true, date_origin::command_line},
        {"front matter over flag", date_origin::front_matter, false, true, date_origin::front_matter},
        {"nothing stays nothing", std::nullopt, false, false, date_origin::none},
    };
    for (const precedence_case& c : cases) {
        document doc;
        doc.path = "a.txt";
        if (c.read_from) {
            doc.published = day_of(*c.read_from);
            doc.published_from = *c.read_from;
        }
        manifest_entry row;
        row.file = "a.txt";
        if (c.manifest_has_date) row.published = manifest_day;
        const std::optional<publication_time> flag = c.flag_given ? std::optional(flag_day) : std::nullopt;

        settle_publication(doc, &row, flag);

        EXPECT_EQ(doc.published_from, c.expected_origin) << c.name;
        EXPECT_EQ(doc.published, day_of(c.expected_origin)) << c.name;
    }
}

TEST(settle_publication, without_a_row_the_flag_still_applies) {
    document doc;
    settle_publication(doc, nullptr, flag_day);
    EXPECT_EQ(doc.published, flag_day);
    EXPECT_EQ(doc.published_from, date_origin::command_line);
}

TEST(settle_publication, row_fields_fill_only_what_the_document_lacks) {
    document doc;
    doc.title = "From front matter";
    manifest_entry row;
    row.title = "From manifest";
    row.source = "Bloomberg";
    row.url = "https://example.com/a";

    settle_publication(doc, &row, std::nullopt);

    EXPECT_EQ(doc.title, "From front matter");
    EXPECT_EQ(doc.source, "Bloomberg");
    EXPECT_EQ(doc.url, "https://example.com/a");
    EXPECT_FALSE(doc.dated());
}

}  // namespace
}  // namespace dateline::cli
