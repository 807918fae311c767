#include <gtest/gtest.h>

#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using strings = std::vector<std::string>;

using test::formatted;

TEST(read_manifest, reads_the_seed_manifest_and_ignores_unknown_columns) {
    const std::string text = test::read_file(test::source_path("fixtures/seeds/published.tsv"));
    const auto result = read_manifest("published.tsv", text);
    EXPECT_TRUE(result.diagnostics.empty());
    ASSERT_EQ(result.entries.size(), 5U);
    EXPECT_EQ(result.entries[0].file, "000_8732b7c2b8d3cddd.txt");
    EXPECT_EQ(result.entries[0].line, 2U);
    EXPECT_EQ(result.entries[0].published, (publication_time{test::day(2025, 4, 24), std::nullopt, ""}));
    EXPECT_EQ(result.entries[0].source, "unknown outlet");
    EXPECT_EQ(result.entries[1].published->day, test::day(2025, 8, 28));
    EXPECT_EQ(result.entries[2].published->day, test::day(2025, 3, 19));
    EXPECT_EQ(result.entries[3].source, "WELT (translated from German)");
    EXPECT_EQ(result.entries[4].file, "004_19343925c8a383f6.txt");
    EXPECT_EQ(result.entries[4].published->day, test::day(2025, 3, 12));
    EXPECT_EQ(result.entries[4].title, "");
}

TEST(read_manifest, finds_columns_by_name_in_any_order) {
    const auto result = read_manifest("m.tsv",
                                      "URL\tpublished\tTitle\tfile\n"
                                      "https://e.com/x\t2025-04-24 08:00 Europe/Kyiv\tFiery Night\ta.txt\n");
    EXPECT_TRUE(result.diagnostics.empty());
    ASSERT_EQ(result.entries.size(), 1U);
    const auto& e = result.entries[0];
    EXPECT_EQ(e.file, "a.txt");
    EXPECT_EQ(e.url, "https://e.com/x");
    EXPECT_EQ(e.title, "Fiery Night");
    EXPECT_EQ(e.published, (publication_time{test::day(2025, 4, 24), std::chrono::minutes{8 * 60}, "Europe/Kyiv"}));
}

TEST(read_manifest, a_missing_required_column_is_an_error_at_line_1_naming_it) {
    const auto result = read_manifest("m.tsv", "file\tdate\na.txt\t2025-04-24\n");
    EXPECT_TRUE(result.entries.empty());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"m.tsv:1: error: manifest has no \"published\" column"}));
}

TEST(read_manifest, names_every_missing_column) {
    const auto result = read_manifest("m.tsv", "name\twhen\n");
    EXPECT_EQ(formatted(result.diagnostics), (strings{"m.tsv:1: error: manifest has no \"file\" column",
                                                      "m.tsv:1: error: manifest has no \"published\" column"}));
}

TEST(read_manifest, a_row_with_a_bad_date_is_reported_and_skipped_and_the_others_kept) {
    const auto result = read_manifest("m.tsv",
                                      "file\tpublished\n"
                                      "a.txt\t2025-04-24\n"
                                      "b.txt\t24/04/2025\n"
                                      "c.txt\t2025-02-30\n"
                                      "d.txt\t2025-03-19\n");
    EXPECT_EQ(formatted(result.diagnostics), (strings{"m.tsv:3:7: error: cannot read publication date \"24/04/2025\"",
                                                      "m.tsv:4:7: error: cannot read publication date \"2025-02-30\""}));
    ASSERT_EQ(result.entries.size(), 2U);
    EXPECT_EQ(result.entries[0].file, "a.txt");
    EXPECT_EQ(result.entries[1].file, "d.txt");
    EXPECT_EQ(result.entries[1].line, 5U);
}

TEST(read_manifest, tolerates_crlf_and_skips_empty_lines_while_counting_them) {
    const auto result = read_manifest("m.tsv", "file\tpublished\r\n\r\na.txt\t2025-04-24\r\n   \r\nb.txt\t2025-04-25\r\n");
    EXPECT_TRUE(result.diagnostics.empty());
    ASSERT_EQ(result.entries.size(), 2U);
    EXPECT_EQ(result.entries[0].line, 3U);
    EXPECT_EQ(result.entries[0].published->day, test::day(2025, 4, 24));
    EXPECT_EQ(result.entries[1].line, 5U);
    EXPECT_EQ(result.entries[1].file, "b.txt");
}

TEST(read_manifest, an_empty_date_cell_lists_the_file_without_a_date) {
    const auto result = read_manifest("m.tsv", "file\tpublished\tsource\na.txt\t\tWELT\n");
    EXPECT_TRUE(result.diagnostics.empty());
    ASSERT_EQ(result.entries.size(), 1U);
    EXPECT_FALSE(result.entries[0].published.has_value());
    EXPECT_EQ(result.entries[0].source, "WELT");
}

TEST(read_manifest, a_row_without_a_file_name_is_an_error) {
    const auto result = read_manifest("m.tsv", "file\tpublished\n\t2025-04-24\n");
    EXPECT_TRUE(result.entries.empty());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"m.tsv:2: error: row has no file name"}));
}

TEST(read_manifest, an_empty_manifest_has_no_entries_and_no_errors) {
    const auto result = read_manifest("m.tsv", "");
    EXPECT_TRUE(result.entries.empty());
    EXPECT_TRUE(result.diagnostics.empty());
}

}  // namespace
}  // namespace dateline
