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
    std::optional<date_origin> read_from;  // what the reader found: its own evidence, a text dateline, nothing
    bool manifest_has_date;
    bool path_has_date;
    bool flag_given;
    date_origin expected_origin;
    const char* expected_evidence;
};

// Each source gives a different day so that the winner is visible.
const publication_time own_day = on(2025, 1, 1);
const publication_time text_day = on(2025, 2, 2);
const publication_time manifest_day = on(2025, 3, 3);
const publication_time flag_day = on(2025, 4, 4);
const publication_time path_day = on(2025, 5, 5);

std::optional<publication_time> day_of(date_origin o) {
    switch (o) {
        case date_origin::text_dateline: return text_day;
        case date_origin::manifest: return manifest_day;
        case date_origin::command_line: return flag_day;
        case date_origin::path: return path_day;
        case date_origin::none: return std::nullopt;
        default: return own_day;
    }
}

constexpr date_origin fm = date_origin::front_matter;
constexpr date_origin td = date_origin::text_dateline;

TEST(settle_publication, own_evidence_then_manifest_then_path_then_flag_then_text_dateline) {
    const std::vector<precedence_case> cases = {
        {"front matter over all", fm, true, true, true, fm, "own"},
        {"a record field over all", date_origin::record, true, true, true, date_origin::record, "own"},
        {"a feed date over all", date_origin::feed, true, true, true, date_origin::feed, "own"},
        {"page metadata over all", date_origin::json_ld, true, true, true, date_origin::json_ld, "own"},
        {"manifest over path, flag and text", td, true, true, true, date_origin::manifest, "news/published.tsv:7"},
        {"path over flag and text", td, false, true, true, date_origin::path, "date in the path: 2025-05-05/"},
        {"flag over text", td, false, false, true, date_origin::command_line, "--published 2025-04-04"},
        {"text when alone", td, false, false, false, td, "own"},
        {"manifest for an undated file", std::nullopt, true, false, false, date_origin::manifest, "news/published.tsv:7"},
        {"path for an undated file", std::nullopt, false, true, false, date_origin::path, "date in the path: 2025-05-05/"},
        {"flag for an undated file", std::nullopt, false, false, true, date_origin::command_line, "--published 2025-04-04"},
        {"front matter over flag", fm, false, false, true, fm, "own"},
        {"nothing stays nothing", std::nullopt, false, false, false, date_origin::none, ""},
    };
    for (const precedence_case& c : cases) {
        document doc;
        doc.path = "a.txt";
        if (c.read_from) {
            doc.published = day_of(*c.read_from);
            doc.published_from = *c.read_from;
            doc.published_evidence = "own";
        }
        manifest_row row{{}, "news/published.tsv"};
        row.entry.file = "a.txt";
        row.entry.line = 7;
        if (c.manifest_has_date) row.entry.published = manifest_day;
        const std::optional<path_date> from_path =
            c.path_has_date ? std::optional(path_date{path_day, "2025-05-05/"}) : std::nullopt;
        const std::optional<publication_time> flag = c.flag_given ? std::optional(flag_day) : std::nullopt;

        settle_publication(doc, &row, from_path, flag);

        EXPECT_EQ(doc.published_from, c.expected_origin) << c.name;
        EXPECT_EQ(doc.published, day_of(c.expected_origin)) << c.name;
        EXPECT_EQ(doc.published_evidence, c.expected_evidence) << c.name;
    }
}

TEST(settle_publication, without_a_row_the_flag_still_applies) {
    document doc;
    settle_publication(doc, nullptr, std::nullopt, flag_day);
    EXPECT_EQ(doc.published, flag_day);
    EXPECT_EQ(doc.published_from, date_origin::command_line);
}

TEST(settle_publication, row_fields_fill_only_what_the_document_lacks) {
    document doc;
    doc.title = "From front matter";
    manifest_row row;
    row.entry.title = "From manifest";
    row.entry.source = "Bloomberg";
    row.entry.url = "https://example.com/a";

    settle_publication(doc, &row, std::nullopt, std::nullopt);

    EXPECT_EQ(doc.title, "From front matter");
    EXPECT_EQ(doc.source, "Bloomberg");
    EXPECT_EQ(doc.url, "https://example.com/a");
    EXPECT_FALSE(doc.dated());
}

}  // namespace
}  // namespace dateline::cli
