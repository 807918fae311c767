#include "inputs.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::formatted;
using testing::scratch_folder;

std::vector<std::string> paths(const loaded_inputs& in) {
    std::vector<std::string> out;
    for (const document& d : in.documents) out.push_back(d.path);
    return out;
}

publication_time day(const char* text) { return parse_publication_time(text).value(); }

const char* const undated_warning = ": warning: no publication date found; relative dates left unresolved";

TEST(load_inputs, documents_come_sorted_by_path_with_their_bytes) {
    const scratch_folder root;
    root.write("b.txt", "Second.\n");
    root.write("a.md", "First.\n");

    const loaded_inputs in = load_inputs({{root.path()}, "", day("2025-04-24")});

    EXPECT_EQ(paths(in), (std::vector<std::string>{root / "a.md", root / "b.txt"}));
    EXPECT_EQ(in.documents[0].content, "First.\n");
    EXPECT_TRUE(in.diagnostics.empty()) << formatted(in.diagnostics).front();
    EXPECT_TRUE(in.undated.empty());
}

TEST(load_inputs, front_matter_beats_the_folder_manifest_which_beats_the_flag) {
    const scratch_folder root;
    root.write("published.tsv",
               "file\tpublished\tsource\n"
               "front.txt\t2025-03-03\tWire\n"
               "listed.txt\t2025-03-03\tWire\n");
    root.write("front.txt", "---\npublished: 2025-01-01\n---\nOn Wednesday it rained.\n");
    root.write("listed.txt", "On Wednesday it rained.\n");
    root.write("unlisted.txt", "On Wednesday it rained.\n");

    const loaded_inputs in = load_inputs({{root.path()}, "", day("2025-04-04")});

    ASSERT_EQ(in.documents.size(), 3u);
    EXPECT_EQ(in.documents[0].published, day("2025-01-01"));
    EXPECT_EQ(in.documents[0].published_from, date_origin::front_matter);
    EXPECT_EQ(in.documents[0].source, "Wire");
    EXPECT_EQ(in.documents[1].published, day("2025-03-03"));
    EXPECT_EQ(in.documents[1].published_from, date_origin::manifest);
    EXPECT_EQ(in.documents[2].published, day("2025-04-04"));
    EXPECT_EQ(in.documents[2].published_from, date_origin::command_line);
    EXPECT_TRUE(in.diagnostics.empty()) << formatted(in.diagnostics).front();
}

TEST(load_inputs, the_flag_beats_a_dateline_in_the_text_which_is_used_otherwise) {
    const scratch_folder root;
    const std::string a = root.write("a.txt", "Thursday, April 24, 2025\nIt rained on Wednesday.\n");

    const loaded_inputs with_flag = load_inputs({{a}, "", day("2025-05-01")});
    ASSERT_EQ(with_flag.documents.size(), 1u);
    EXPECT_EQ(with_flag.documents[0].published_from, date_origin::command_line);
    EXPECT_EQ(with_flag.documents[0].published, day("2025-05-01"));

    const loaded_inputs without = load_inputs({{a}, "", std::nullopt});
    ASSERT_EQ(without.documents.size(), 1u);
    EXPECT_EQ(without.documents[0].published_from, date_origin::text_dateline);
    EXPECT_EQ(without.documents[0].published, day("2025-04-24"));
}

TEST(load_inputs, the_manifest_flag_beats_the_folder_manifest) {
    const scratch_folder root;
    root.write("news/published.tsv", "file\tpublished\na.txt\t2025-03-03\n");
    root.write("news/a.txt", "It rained.\n");
    const std::string flag = root.write("dates.tsv", "file\tpublished\na.txt\t2025-06-06\n");

    const loaded_inputs in = load_inputs({{root / "news"}, flag, std::nullopt});

    ASSERT_EQ(in.documents.size(), 1u);
    EXPECT_EQ(in.documents[0].published, day("2025-06-06"));
    EXPECT_EQ(in.documents[0].published_from, date_origin::manifest);
    // The folder manifest's row named an input, so it is not reported though it lost.
    EXPECT_TRUE(in.diagnostics.empty()) << formatted(in.diagnostics).front();
}

TEST(load_inputs, a_manifest_row_for_a_file_not_among_the_inputs_is_a_warning_at_its_line) {
    const scratch_folder root;
    root.write("published.tsv",
               "file\tpublished\n"
               "a.txt\t2025-03-03\n"
               "gone.txt\t2025-03-04\n");
    root.write("a.txt", "It rained.\n");

    const loaded_inputs in = load_inputs({{root.path()}, "", std::nullopt});

    EXPECT_EQ(paths(in), (std::vector<std::string>{root / "a.txt"}));
    EXPECT_EQ(formatted(in.diagnostics), (std::vector<std::string>{
                                             root / "published.tsv" +
                                             ":3: warning: \"gone.txt\" is not among the input files"}));
}

TEST(load_inputs, an_unreadable_file_is_an_error_and_the_others_are_still_loaded) {
    const scratch_folder root;
    root.write("a.txt", "It rained.\n");
    const std::string broken = root.dangling_link("b.txt");
    root.write("c.txt", "It snowed.\n");

    const loaded_inputs in = load_inputs({{root.path()}, "", day("2025-04-24")});

    EXPECT_EQ(paths(in), (std::vector<std::string>{root / "a.txt", root / "c.txt"}));
    EXPECT_EQ(formatted(in.diagnostics),
              (std::vector<std::string>{broken + ": error: cannot read file: No such file or directory"}));
}

TEST(load_inputs, an_undated_document_is_loaded_with_a_warning) {
    const scratch_folder root;
    const std::string a = root.write("a.txt", "It rained on Wednesday.\n");

    const loaded_inputs in = load_inputs({{a}, "", std::nullopt});

    ASSERT_EQ(in.documents.size(), 1u);
    EXPECT_FALSE(in.documents[0].dated());
    EXPECT_TRUE(in.diagnostics.empty());
    EXPECT_EQ(formatted(in.undated), (std::vector<std::string>{a + undated_warning}));
}

TEST(load_inputs, no_article_at_all_is_an_error_naming_the_paths_not_reported_yet) {
    const scratch_folder root;
    root.write("notes.pdf", "%PDF");
    root.make_folder("empty");

    const loaded_inputs in = load_inputs({{root / "empty", root / "notes.pdf"}, "", std::nullopt});

    EXPECT_TRUE(in.documents.empty());
    EXPECT_EQ(formatted(in.diagnostics),
              (std::vector<std::string>{
                  root / "notes.pdf" + ": error: not an article file (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml)",
                  "dateline: error: no article files (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml) in " + root / "empty"}));
}

}  // namespace
}  // namespace dateline::cli
