// Collections as people hold them: JSON Lines dumps, folders named by date, standard input.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "dateline/timeline/readers.hpp"
#include "inputs.hpp"
#include "test_support.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;
using testing::formatted;
using testing::lines;
using testing::run_dateline_with_input;
using testing::scratch_folder;
using strings = std::vector<std::string>;

strings origins(const loaded_inputs& in) {
    strings out;
    for (const document& d : in.documents)
        out.push_back(d.path + " " + (d.published ? timex_value(*d.published) : "-") + " " +
                      std::string(to_string(d.published_from)) + " [" + d.published_evidence + "]");
    return out;
}

TEST(load_inputs, a_json_lines_file_gives_one_document_per_good_line_and_an_error_per_bad_one) {
    const scratch_folder root;
    const std::string dump = root.write("dump.jsonl",
                                        "{\"text\":\"Kyiv was hit last night.\",\"date\":\"2025-04-24\"}\n"
                                        "{\"title\":\"no text\"}\n"
                                        "{\"maintext\":\"Undated.\"}\n");

    const loaded_inputs in = load_inputs({{root.path()}, "", std::nullopt});

    EXPECT_EQ(origins(in), (strings{dump + ":1 2025-04-24 record [record field \"date\": \"2025-04-24\"]",
                                    dump + ":3 - none []"}));
    EXPECT_EQ(formatted(in.diagnostics),
              (strings{dump + ":2: error: no article text (none of text, maintext, body, content, description holds any)"}));
    EXPECT_EQ(formatted(in.undated), (strings{dump + ":3: warning: no publication date found; relative dates left unresolved"}));
}

TEST(load_inputs, date_folders_date_their_files_after_the_manifest_and_before_the_flag) {
    const scratch_folder root;
    const std::string by_folder = root.write("news/2010-05-24/1036.htm.txt", "The well leaked again on Monday.\n");
    const std::string by_name = root.write("news/20100525-story.txt", "Earlier on Monday, BP pledged money.\n");
    const std::string by_manifest = root.write("news/2010-05-24/1037.htm.txt", "Salazar spoke on Sunday.\n");
    const std::string own = root.write("news/2010-05-24/own.md", "---\npublished: 2010-05-20\n---\nOn Monday.\n");
    root.write("news/published.tsv", "file\tpublished\n2010-05-24/1037.htm.txt\t2010-05-23\n");

    const loaded_inputs in = load_inputs({{root / "news"}, "", parse_publication_time("2001-01-01")});

    EXPECT_EQ(origins(in),
              (strings{by_folder + " 2010-05-24 path [date in the path: 2010-05-24/]",
                       by_manifest + " 2010-05-23 manifest [" + root / "news/published.tsv" + ":2]",
                       own + " 2010-05-20 front matter [front matter line 2: published: 2010-05-20]",
                       by_name + " 2010-05-25 path [date in the path: 20100525-story.txt]"}));
    EXPECT_TRUE(in.diagnostics.empty()) << formatted(in.diagnostics).front();
    EXPECT_TRUE(in.undated.empty());
}

TEST(load_inputs, a_date_folder_beats_a_dateline_in_the_text) {
    const scratch_folder root;
    const std::string a = root.write("2010-05-24/a.txt", "April 20, 2010\nThe rig exploded on April 20.\n");
    const loaded_inputs in = load_inputs({{a}, "", std::nullopt});
    EXPECT_EQ(origins(in), (strings{a + " 2010-05-24 path [date in the path: 2010-05-24/]"}));
}

// The Timeline17 development topics are laid out <topic>/InputDocs/<YYYY-MM-DD>/<n>.htm.txt with
// no manifest: every article must be dated by its folder, with no warning but for empty files.
TEST(load_inputs, every_timeline17_topic_is_dated_by_its_folders) {
    const fs::path data = fs::path(DATELINE_SHARED_DIR) / "data/tls/timeline17-dev";
    if (!fs::exists(data)) GTEST_SKIP() << data << " is not here";
    std::size_t topics = 0;
    for (const auto& topic : fs::directory_iterator(data)) {
        if (!topic.is_directory()) continue;
        ++topics;
        const loaded_inputs in = load_inputs({{(topic.path() / "InputDocs").string()}, "", std::nullopt});
        EXPECT_GT(in.documents.size(), 100u) << topic.path();
        EXPECT_TRUE(in.undated.empty()) << topic.path() << ": " << formatted(in.undated).front();
        for (const diagnostic& d : in.diagnostics)
            EXPECT_EQ(d.message, "empty file; nothing to read") << format(d);
        for (const document& d : in.documents) {
            const std::string folder = fs::path(d.path).parent_path().filename().string();
            EXPECT_EQ(d.published_from, date_origin::path) << d.path;
            EXPECT_EQ(d.published ? timex_value(*d.published) : "", folder) << d.path;
        }
    }
    EXPECT_EQ(topics, 9u);
}

TEST(load_inputs, pages_feeds_and_a_page_saved_as_txt_go_to_their_readers) {
    const scratch_folder root;
    const std::string page =
        "<!DOCTYPE html><html><head><title>Kyiv hit | Example</title>"
        "<meta property=\"article:published_time\" content=\"2025-04-24T08:15:00+03:00\"></head>"
        "<body><article><h1>Kyiv hit</h1><p>Russia launched heavy airstrikes against Kyiv last night, officials said.</p>"
        "</article></body></html>";
    const std::string html = root.write("a/page.html", page);
    const std::string saved = root.write("b/page.txt", page);
    const std::string feed = root.write("c/news.rss",
                                        "<rss><channel><title>Wire</title>\n<item><description>Talks on Friday.</description>"
                                        "<pubDate>Thu, 24 Apr 2025 21:10:00 GMT</pubDate></item></channel></rss>");

    const loaded_inputs in = load_inputs({{root.path()}, "", std::nullopt});

    EXPECT_EQ(origins(in),
              (strings{html + " 2025-04-24T08:15 meta tag [meta article:published_time=\"2025-04-24T08:15:00+03:00\"]",
                       saved + " 2025-04-24T08:15 meta tag [meta article:published_time=\"2025-04-24T08:15:00+03:00\"]",
                       feed + ":2 2025-04-24T21:10 feed [feed <pubDate>Thu, 24 Apr 2025 21:10:00 GMT</pubDate>]"}));
    EXPECT_TRUE(in.diagnostics.empty()) << formatted(in.diagnostics).front();
    ASSERT_EQ(in.documents.size(), 3u);
    EXPECT_EQ(in.documents[1].content, in.documents[0].content);
    EXPECT_EQ(in.documents[2].source, "Wire");
}

TEST(dateline_tag, a_dash_reads_one_article_from_standard_input_told_apart_by_its_content) {
    const auto text = run_dateline_with_input({"tag", "-", "--published", "2025-04-24"}, "Kyiv was hit last night.\n");
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_EQ(text.err, "");
    ASSERT_EQ(lines(text.out).size(), 1u);
    EXPECT_NE(text.out.find(R"({"document":"<stdin>","published":"2025-04-24","published_from":"command_line",)"),
              std::string::npos) << text.out;

    const auto records = run_dateline_with_input(
        {"tag", "-"}, "{\"text\":\"Hit last night.\",\"date\":\"2025-04-24\"}\n{\"text\":\"Again on Friday.\",\"date\":\"2025-04-26\"}\n");
    EXPECT_EQ(records.exit_code, 0) << records.err;
    const strings out = lines(records.out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_TRUE(out[0].starts_with(R"({"document":"<stdin>:1","published":"2025-04-24","published_from":"record",)")) << out[0];
    EXPECT_TRUE(out[1].starts_with(R"({"document":"<stdin>:2","published":"2025-04-26","published_from":"record",)")) << out[1];
}

TEST(dateline_tag, standard_input_may_be_a_page_or_a_feed) {
    const auto page = run_dateline_with_input(
        {"tag", "-"}, "<!doctype html><html><body><article><p>Kyiv was hit last night, officials said.</p></article></body></html>");
    EXPECT_EQ(page.exit_code, 0) << page.err;
    EXPECT_TRUE(page.out.starts_with(R"({"document":"<stdin>","published":null,)")) << page.out;

    const auto feed = run_dateline_with_input(
        {"tag", "-", "--input-format", "feed"}, "<feed><entry><summary>Hit on Friday.</summary><updated>2025-04-24</updated></entry></feed>");
    EXPECT_EQ(feed.exit_code, 0) << feed.err;
    EXPECT_TRUE(feed.out.starts_with(R"({"document":"<stdin>:1","published":"2025-04-24","published_from":"feed",)")) << feed.out;
}

TEST(dateline_tag, input_format_says_what_standard_input_holds) {
    const auto r = run_dateline_with_input({"tag", "-", "--input-format", "txt"}, "{\"text\":\"a\"}\n");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.out.starts_with(R"({"document":"<stdin>","published":null,"published_from":"none",)")) << r.out;
    EXPECT_EQ(r.err, "<stdin>: warning: no publication date found; relative dates left unresolved\n");

    const auto empty = run_dateline_with_input({"build", "-"}, "");
    EXPECT_EQ(empty.exit_code, 1);
    EXPECT_EQ(lines(empty.err), (strings{"<stdin>: warning: empty file; nothing to read",
                                         "dateline: error: no article has any text"}));
}

TEST(dateline_tag, with_text_gives_the_text_that_the_offsets_count_in) {
    const scratch_folder root;
    const std::string feed = root.write(
        "news.rss", "<rss><channel><item><description>&lt;p&gt;Caf\u00e9 owners met on Friday.&lt;/p&gt;&lt;p&gt;They met "
                    "again last night.&lt;/p&gt;</description><pubDate>2025-04-24</pubDate></item></channel></rss>");
    const auto r = testing::run_dateline({"tag", "--with-text", feed});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    const std::string text = j.at("text");
    EXPECT_EQ(text, "Caf\u00e9 owners met on Friday.\n\nThey met again last night.");
    ASSERT_EQ(j.at("timexes").size(), 2u);
    for (const auto& t : j.at("timexes")) {
        const std::size_t start = t.at("start"), end = t.at("end");
        EXPECT_EQ(text.substr(start, end - start), t.at("text").get<std::string>());
    }
    EXPECT_FALSE(nlohmann::json::parse(testing::run_dateline({"tag", feed}).out).contains("text"));
}

TEST(dateline_build, explain_lists_where_each_publication_date_came_from) {
    const scratch_folder root;
    root.write("2025-04-24/kyiv.txt", "Kyiv was hit last night.\n");
    root.write("dump.jsonl", "{\"text\":\"Talks on Friday.\",\"date\":\"2025-04-25\"}\n");
    const auto r = testing::run_dateline({"build", "--explain", "."}, root.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::string tail = r.out.substr(r.out.find("## Publication dates"));
    EXPECT_EQ(tail,
              "## Publication dates\n\n"
              "- ./2025-04-24/kyiv.txt: `2025-04-24` from path (date in the path: 2025-04-24/)\n"
              "- ./dump.jsonl:1: `2025-04-25` from record (record field \"date\": \"2025-04-25\")\n");
}

}  // namespace
}  // namespace dateline::cli
