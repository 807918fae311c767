// Runs the built `dateline` on the seed articles: exit codes, exact stderr lines, and that the
// output is produced where asked. The dates in the chronology are checked by the engine's tests.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::lines;
using testing::read_text;
using testing::run_dateline;
using testing::run_result;
using testing::scratch_folder;

namespace fs = std::filesystem;

const std::string seeds = "fixtures/seeds";
const std::string seed_a = "fixtures/seeds/000_8732b7c2b8d3cddd.txt";
const std::string seed_dated_in_text = "fixtures/seeds/003_ff6490168d6f341c.txt";

std::string describe(const run_result& r) { return "exit " + std::to_string(r.exit_code) + ", stderr:\n" + r.err; }

// A copy of one seed article in a folder of its own, away from published.tsv.
std::string lone_copy(const scratch_folder& root, const std::string& seed, const std::string& name) {
    const std::string copy = root / name;
    fs::copy_file(fs::path(DATELINE_SOURCE_DIR) / seed, copy);
    return copy;
}

TEST(dateline_build, the_seed_folder_gives_markdown_on_stdout_and_exit_0) {
    const run_result r = run_dateline({"build", seeds});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out.rfind("# ", 0), 0u) << r.out.substr(0, 200);
}

TEST(dateline_build, html_and_json_go_to_the_output_file_and_nothing_to_stdout) {
    const scratch_folder out;
    const run_result html = run_dateline({"build", seeds, "-f", "html", "-o", out / "chronology.html"});
    EXPECT_EQ(html.exit_code, 0) << describe(html);
    EXPECT_EQ(html.out, "");
    EXPECT_NE(read_text(out / "chronology.html").find("<html"), std::string::npos);

    const run_result fragment =
        run_dateline({"build", seeds, "-f", "html", "--fragment", "-o", out / "fragment.html"});
    EXPECT_EQ(fragment.exit_code, 0) << describe(fragment);
    EXPECT_EQ(read_text(out / "fragment.html").find("<html"), std::string::npos);
    EXPECT_NE(read_text(out / "fragment.html").find("dateline-chronology"), std::string::npos);

    const run_result json = run_dateline({"build", seeds, "--explain", "-f", "json", "-o", out / "chronology.json"});
    EXPECT_EQ(json.exit_code, 0) << describe(json);
    EXPECT_TRUE(nlohmann::json::accept(read_text(out / "chronology.json")));
    EXPECT_EQ(out.list(), (std::vector<std::string>{"chronology.html", "chronology.json", "fragment.html"}));
}

TEST(dateline_build, timelinejs_has_one_slide_per_event_of_the_json_with_the_same_dates) {
    const scratch_folder out;
    const run_result tl = run_dateline({"build", seeds, "-f", "timelinejs", "--title", "Kyiv", "-o", out / "t.json"});
    EXPECT_EQ(tl.exit_code, 0) << describe(tl);
    EXPECT_EQ(tl.out, "");
    const run_result js = run_dateline({"build", seeds, "-f", "json"});
    const nlohmann::json timeline = nlohmann::json::parse(read_text(out / "t.json"));
    const nlohmann::json chronology = nlohmann::json::parse(js.out);
    EXPECT_EQ(timeline.at("title").at("text").at("headline"), "Kyiv");
    ASSERT_EQ(timeline.at("events").size(), chronology.at("events").size());
    std::size_t nights = 0;
    for (std::size_t i = 0; i < timeline.at("events").size(); ++i) {
        const nlohmann::json& slide = timeline.at("events")[i];
        const nlohmann::json& when = chronology.at("events")[i].at("when");
        EXPECT_EQ(slide.at("display_date"), when.at("display"));
        const std::string begin = when.at("begin");  // "2025-04-23T18:00:00"
        EXPECT_EQ(slide.at("start_date").at("year"), std::stoi(begin.substr(0, 4)));
        if (when.at("granularity") != "part_of_day") continue;
        ++nights;
        EXPECT_EQ(slide.at("start_date").at("hour"), std::stoi(begin.substr(11, 2)));
        const std::string end = when.at("end");
        EXPECT_EQ(slide.at("end_date").at("day"), std::stoi(end.substr(8, 2)));
        EXPECT_EQ(slide.at("end_date").at("hour"), std::stoi(end.substr(11, 2)));
    }
    EXPECT_GT(nights, 0u);  // the seeds have "last night" and "overnight"
}

TEST(dateline_build, the_title_option_reaches_the_output) {
    const run_result r = run_dateline({"build", seeds, "--title", "Strikes on Kyiv, 2025"});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_NE(r.out.find("Strikes on Kyiv, 2025"), std::string::npos);
}

TEST(dateline_build, one_named_seed_takes_its_date_from_the_manifest_beside_it_without_warnings) {
    const run_result r = run_dateline({"build", seed_a});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.err, "");
}

TEST(dateline_build_and_tag, an_undated_article_is_one_warning_and_still_exit_0) {
    const scratch_folder root;
    const std::string copy = lone_copy(root, seed_a, "article.txt");
    for (const char* command : {"build", "tag"}) {
        const run_result r = run_dateline({command, copy});
        EXPECT_EQ(r.exit_code, 0) << command << ": " << describe(r);
        EXPECT_EQ(lines(r.err), (std::vector<std::string>{
                                    copy + ": warning: no publication date found; relative dates left unresolved"}))
            << command;
        EXPECT_NE(r.out, "") << command;
    }
}

TEST(dateline_build, published_flag_dates_an_undated_article_and_a_dateline_in_the_text_needs_none) {
    const scratch_folder root;
    const run_result flagged = run_dateline({"build", lone_copy(root, seed_a, "a.txt"), "--published", "2025-04-24"});
    EXPECT_EQ(flagged.exit_code, 0) << describe(flagged);
    EXPECT_EQ(flagged.err, "");

    const run_result texted = run_dateline({"build", lone_copy(root, seed_dated_in_text, "b.txt")});
    EXPECT_EQ(texted.exit_code, 0) << describe(texted);
    EXPECT_EQ(texted.err, "");
}

TEST(dateline_build, a_missing_input_is_exit_1_with_its_reason_and_the_others_still_give_output) {
    const run_result r = run_dateline({"build", seeds, "fixtures/no-such-article.txt"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              (std::vector<std::string>{"fixtures/no-such-article.txt: error: cannot read file: No such file or directory"}));
    EXPECT_EQ(r.out.rfind("# ", 0), 0u);
}

TEST(dateline_build, a_manifest_row_naming_no_input_is_a_warning_with_path_and_line) {
    const scratch_folder root;
    lone_copy(root, seed_a, "a.txt");
    root.write("published.tsv", "file\tpublished\na.txt\t2025-04-24\nmissing.txt\t2025-04-25\n");
    const run_result r = run_dateline({"build", root.path()});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(lines(r.err), (std::vector<std::string>{root / "published.tsv" +
                                                      ":3: warning: \"missing.txt\" is not among the input files"}));
}

TEST(dateline_build, a_folder_without_articles_is_exit_1_and_no_output) {
    const scratch_folder root;
    root.write("notes.pdf", "%PDF");
    const run_result r = run_dateline({"build", root.path()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err), (std::vector<std::string>{"dateline: error: no article files (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml) in " + root.path()}));
    EXPECT_EQ(r.out, "");
}

TEST(dateline_build, an_output_file_that_cannot_be_written_is_exit_1) {
    const scratch_folder root;
    const std::string target = root / "no-folder/out.md";
    const run_result r = run_dateline({"build", seeds, "-o", target});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              (std::vector<std::string>{target + ": error: cannot write file: No such file or directory"}));
    EXPECT_TRUE(root.list().empty());
}

TEST(dateline_build, a_failed_run_leaves_a_previous_output_file_alone_when_no_article_was_read) {
    const scratch_folder root;
    const std::string target = root.write("out.md", "previous good output\n");
    const run_result r = run_dateline({"build", root / "missing.txt", "-o", target});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(read_text(target), "previous good output\n");
}

TEST(dateline_usage, bad_usage_is_exit_2) {
    const std::vector<std::vector<std::string>> cases = {
        {},                                              // no command
        {"frobnicate"},                                  // unknown command
        {"build"},                                       // no PATH
        {"build", seeds, "-f", "pdf"},                   // unknown format
        {"tag", seeds, "-f", "md"},                      // a build format given to tag
        {"build", seeds, "--published", "yesterday"},    // not a date
        {"build", seeds, "--manifest", "no-such.tsv"},   // manifest that does not exist
        {"build", seeds, "--no-such-option"},
    };
    for (const std::vector<std::string>& args : cases) {
        const run_result r = run_dateline(args);
        std::string shown;
        for (const std::string& a : args) shown += a + " ";
        EXPECT_EQ(r.exit_code, 2) << shown << "\n" << r.err;
        EXPECT_NE(r.err, "") << shown;
    }
}

TEST(dateline_usage, version_and_help_are_exit_0_on_stdout) {
    const run_result version = run_dateline({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.out, "dateline 0.1.0\n");

    for (const char* command : {"build", "tag"}) {
        const run_result help = run_dateline({command, "--help"});
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_NE(help.out.find("--manifest"), std::string::npos) << command;
        EXPECT_NE(help.out.find("--published"), std::string::npos) << command;
        EXPECT_EQ(help.err, "");
    }
}

// A history: "On June 10" is 1940's by default (the story's time) and the publication year's
// with --anchor dct; --anchor takes only auto, dct and narrative.
TEST(dateline_tag, anchor_flag_chooses_between_the_story_time_and_the_publication_date) {
    const scratch_folder root;
    root.write("war.txt", "On 10 May 1940, Germany invaded France. On June 10, Italy declared war.\n");
    auto value_of_june_10 = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"tag", root / "war.txt", "--published", "2009-12-19"};
        args.insert(args.end(), extra.begin(), extra.end());
        const run_result r = run_dateline(args);
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        const nlohmann::json row = nlohmann::json::parse(r.out);
        const nlohmann::json& t = row.at("timexes").at(1);
        return t.at("text").get<std::string>() + " " + t.at("value").get<std::string>() + " " +
               t.at("anchor").get<std::string>();
    };
    EXPECT_EQ(value_of_june_10({}), "June 10 1940-06-10 story");
    EXPECT_EQ(value_of_june_10({"--anchor", "auto"}), "June 10 1940-06-10 story");
    EXPECT_EQ(value_of_june_10({"--anchor", "narrative"}), "June 10 1940-06-10 story");
    EXPECT_EQ(value_of_june_10({"--anchor", "dct"}), "June 10 2009-06-10 dct");
    EXPECT_EQ(run_dateline({"tag", root / "war.txt", "--anchor", "story"}).exit_code, 2);
}

TEST(dateline_tag, jsonl_is_one_json_line_per_document) {
    const run_result r = run_dateline({"tag", seeds});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.err, "");
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 5u);
    for (const std::string& row : rows) EXPECT_TRUE(nlohmann::json::accept(row)) << row.substr(0, 200);
}

TEST(dateline_tag, jsonl_goes_to_the_output_file) {
    const scratch_folder out;
    const run_result r = run_dateline({"tag", seeds, "-o", out / "tags.jsonl"});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(lines(read_text(out / "tags.jsonl")).size(), 5u);
}

TEST(dateline_tag, timeml_writes_one_file_per_document_into_the_folder) {
    const scratch_folder out;
    const run_result r = run_dateline({"tag", seeds, "-f", "timeml", "-o", out / "tml"});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(out.list("tml"),
              (std::vector<std::string>{"000_8732b7c2b8d3cddd.tml", "001_ddccb80f46c1cdc6.tml",
                                        "002_689100c15a9a2bc8.tml", "003_ff6490168d6f341c.tml",
                                        "004_19343925c8a383f6.tml"}));
    EXPECT_NE(read_text(out / "tml/003_ff6490168d6f341c.tml").find("<TIMEX3"), std::string::npos);
}

TEST(dateline_tag, timeml_of_one_document_goes_to_stdout) {
    const run_result r = run_dateline({"tag", seed_dated_in_text, "-f", "timeml"});
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_NE(r.out.find("<TIMEX3"), std::string::npos);
}

TEST(dateline_tag, timeml_of_several_documents_without_a_folder_is_bad_usage) {
    const run_result r = run_dateline({"tag", seeds, "-f", "timeml"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(lines(r.err),
              (std::vector<std::string>{"dateline: error: -f timeml writes one file per document: give -o DIR"}));
    EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace dateline::cli
