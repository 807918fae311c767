#include "manifests.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dateline::cli {
namespace {

manifest_entry row(std::string file, std::size_t line, std::string source = {}) {
    manifest_entry e;
    e.file = std::move(file);
    e.line = line;
    e.source = std::move(source);
    return e;
}

loaded_manifest manifest(std::string path, manifest_origin origin, std::vector<manifest_entry> rows) {
    return {{std::move(path), origin}, std::move(rows)};
}

// The source field of the row chosen for each article, "-" when none: rows are told apart by it.
std::vector<std::string> chosen(const manifest_matches& m) {
    std::vector<std::string> out;
    for (const std::optional<manifest_row>& r : m.row_for) out.push_back(r ? r->entry.source : "-");
    return out;
}

TEST(match_manifests, a_row_names_an_article_by_its_path_relative_to_the_manifest_folder) {
    const auto m = match_manifests({"news/2025/a.txt", "news/b.txt"},
                                   {manifest(
                                       "news/published.tsv", manifest_origin::folder_walk,
                                       {row("2025/a.txt", 2, "relative"), row("./b.txt", 3, "dotted")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"relative", "dotted"}));
    EXPECT_TRUE(m.diagnostics.empty());
}

TEST(match_manifests, a_row_names_an_article_by_its_basename) {
    const auto m = match_manifests({"news/2025/april/a.txt"},
                                   {manifest("news/published.tsv", manifest_origin::folder_walk,
                                             {row("a.txt", 2, "basename")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"basename"}));
}

TEST(match_manifests, a_folder_manifest_does_not_reach_files_outside_its_folder) {
    const auto m = match_manifests({"other/a.txt"}, {manifest("news/published.tsv", manifest_origin::folder_walk,
                                                              {row("a.txt", 2, "news")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"-"}));
}

TEST(match_manifests, a_named_manifest_reaches_files_anywhere_by_basename) {
    const auto m = match_manifests({"other/a.txt"}, {manifest("meta/dates.tsv", manifest_origin::named,
                                                              {row("a.txt", 2, "named")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"named"}));
}

TEST(match_manifests, a_named_manifest_beats_folder_manifests) {
    const auto m = match_manifests({"news/a.txt"},
                                   {manifest("news/published.tsv", manifest_origin::folder_walk,
                                             {row("a.txt", 2, "folder")}),
                                    manifest("dates.tsv", manifest_origin::named, {row("a.txt", 2, "named")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"named"}));
}

TEST(match_manifests, the_manifest_in_the_deepest_folder_wins) {
    const auto m = match_manifests({"news/sub/a.txt"},
                                   {manifest("news/sub/published.tsv", manifest_origin::folder_walk,
                                             {row("a.txt", 2, "deep")}),
                                    manifest("news/published.tsv", manifest_origin::folder_walk,
                                             {row("sub/a.txt", 2, "shallow")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"deep"}));
}

TEST(match_manifests, within_one_manifest_a_relative_path_row_beats_a_basename_row) {
    const auto m = match_manifests({"news/sub/a.txt"},
                                   {manifest("news/published.tsv", manifest_origin::folder_walk,
                                             {row("a.txt", 2, "basename"), row("sub/a.txt", 3, "relative")})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"relative"}));
    EXPECT_TRUE(m.diagnostics.empty());
}

TEST(match_manifests, a_row_naming_no_input_is_a_warning_at_its_line) {
    const auto m = match_manifests({"news/a.txt"}, {manifest("news/published.tsv", manifest_origin::folder_walk,
                                                             {row("a.txt", 2), row("gone.txt", 3)})});
    ASSERT_EQ(m.diagnostics.size(), 1u);
    EXPECT_EQ(format(m.diagnostics[0]), "news/published.tsv:3: warning: \"gone.txt\" is not among the input files");
}

TEST(match_manifests, rows_left_over_in_a_manifest_beside_a_named_file_are_not_reported) {
    const auto m = match_manifests({"news/a.txt"}, {manifest("news/published.tsv", manifest_origin::next_to_file,
                                                             {row("a.txt", 2, "beside"), row("b.txt", 3)})});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"beside"}));
    EXPECT_TRUE(m.diagnostics.empty());
}

TEST(match_manifests, no_manifest_means_no_row_for_anyone) {
    const auto m = match_manifests({"a.txt", "b.txt"}, {});
    EXPECT_EQ(chosen(m), (std::vector<std::string>{"-", "-"}));
}

}  // namespace
}  // namespace dateline::cli
