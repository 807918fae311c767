#include "collect_files.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::formatted;
using testing::scratch_folder;

TEST(collect_files, folder_walk_is_recursive_sorted_and_keeps_only_txt_and_md) {
    const scratch_folder root;
    root.write("b.txt", "b");
    root.write("sub/c.txt", "c");
    root.write("a.md", "a");
    root.write("notes.pdf", "x");
    root.write("sub/data.json", "{}");
    root.write("A.txt", "upper case sorts first");

    const collected_files files = collect_files({root.path()});

    EXPECT_EQ(files.articles,
              (std::vector<std::string>{root / "A.txt", root / "a.md", root / "b.txt", root / "sub/c.txt"}));
    EXPECT_TRUE(files.manifests.empty());
    EXPECT_TRUE(files.diagnostics.empty());
}

TEST(collect_files, hidden_files_and_hidden_folders_are_skipped) {
    const scratch_folder root;
    root.write(".draft.txt", "hidden");
    root.write(".git/notes.txt", "hidden folder");
    root.write(".cache/deep/x.md", "hidden folder");
    root.write("kept.txt", "kept");

    EXPECT_EQ(collect_files({root.path()}).articles, (std::vector<std::string>{root / "kept.txt"}));
}

TEST(collect_files, files_from_several_arguments_are_sorted_together) {
    const scratch_folder root;
    const std::string b = root.write("b.txt", "b");
    const std::string a = root.write("a.txt", "a");
    root.write("m/m.txt", "m");

    EXPECT_EQ(collect_files({b, root / "m", a}).articles, (std::vector<std::string>{a, b, root / "m/m.txt"}));
}

TEST(collect_files, a_file_reached_twice_is_listed_once) {
    const scratch_folder root;
    const std::string a = root.write("a.txt", "a");

    EXPECT_EQ(collect_files({root.path(), a, root / "./a.txt"}).articles, (std::vector<std::string>{a}));
}

TEST(collect_files, a_path_that_does_not_exist_is_an_error_with_the_reason) {
    const scratch_folder root;
    const collected_files files = collect_files({root / "missing.txt"});

    EXPECT_TRUE(files.articles.empty());
    EXPECT_EQ(formatted(files.diagnostics),
              (std::vector<std::string>{root / "missing.txt" + ": error: cannot read file: No such file or directory"}));
}

TEST(collect_files, a_named_file_of_another_kind_is_an_error) {
    const scratch_folder root;
    const std::string pdf = root.write("report.pdf", "%PDF");

    const collected_files files = collect_files({pdf});

    EXPECT_TRUE(files.articles.empty());
    EXPECT_EQ(formatted(files.diagnostics),
              (std::vector<std::string>{pdf + ": error: not an article file (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml)"}));
}

TEST(collect_files, a_dangling_link_in_a_folder_is_kept_so_that_reading_it_reports_why) {
    const scratch_folder root;
    const std::string link = root.dangling_link("gone.txt");

    EXPECT_EQ(collect_files({root.path()}).articles, (std::vector<std::string>{link}));
}

TEST(collect_files, a_manifest_in_a_walked_folder_is_found_at_any_depth) {
    const scratch_folder root;
    root.write("published.tsv", "file\tpublished\n");
    root.write("sub/published.tsv", "file\tpublished\n");
    root.write("sub/a.txt", "a");

    const collected_files files = collect_files({root.path()});

    ASSERT_EQ(files.manifests.size(), 2u);
    EXPECT_EQ(files.manifests[0].origin, manifest_origin::folder_walk);
    EXPECT_EQ(files.manifests[1].origin, manifest_origin::folder_walk);
    EXPECT_NE(files.manifests[0].path, files.manifests[1].path);
    EXPECT_EQ(files.articles, (std::vector<std::string>{root / "sub/a.txt"}));
}

TEST(collect_files, the_manifest_beside_a_named_file_comes_with_it) {
    const scratch_folder root;
    const std::string a = root.write("a.txt", "a");
    root.write("published.tsv", "file\tpublished\n");

    const collected_files files = collect_files({a});

    ASSERT_EQ(files.manifests.size(), 1u);
    EXPECT_EQ(files.manifests[0].path, root / "published.tsv");
    EXPECT_EQ(files.manifests[0].origin, manifest_origin::next_to_file);
}

TEST(collect_files, a_named_manifest_and_the_manifest_flag_reach_every_input) {
    const scratch_folder root;
    const std::string tsv = root.write("published.tsv", "file\tpublished\n");
    const std::string flag = root.write("elsewhere/dates.tsv", "file\tpublished\n");
    const std::string a = root.write("a.txt", "a");

    const collected_files files = collect_files({a, tsv}, flag);

    ASSERT_EQ(files.manifests.size(), 2u);
    EXPECT_EQ(files.manifests[0].path, flag);
    EXPECT_EQ(files.manifests[0].origin, manifest_origin::named);
    EXPECT_EQ(files.manifests[1].path, tsv);
    EXPECT_EQ(files.manifests[1].origin, manifest_origin::named);  // named beats "beside a file"
    EXPECT_EQ(files.articles, (std::vector<std::string>{a}));
}

}  // namespace
}  // namespace dateline::cli
