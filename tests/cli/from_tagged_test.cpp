// Map/merge: `tag -f shard` on any split of the articles, then `build --from-tagged` on the shards in
// any order, gives the bytes of a direct `build` of the same articles, for every format. Bad shards
// are reported with path:line and reason while the good ones still make the chronology.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::lines;
using testing::read_text;
using testing::run_dateline;
using testing::run_dateline_with_input;
using testing::run_result;
using testing::scratch_folder;
using strings = std::vector<std::string>;

namespace fs = std::filesystem;

const std::string seeds = "fixtures/seeds/";
const strings seed_files = {seeds + "000_8732b7c2b8d3cddd.txt", seeds + "001_ddccb80f46c1cdc6.txt",
                            seeds + "002_689100c15a9a2bc8.txt", seeds + "003_ff6490168d6f341c.txt",
                            seeds + "004_19343925c8a383f6.txt"};

const std::vector<strings> output_options = {
    {"-f", "md"},   {"-f", "html"}, {"-f", "json"}, {"-f", "timelinejs"}, {"--top", "3"},
    {"--explain"},  {"-f", "html", "--fragment", "--explain"}, {"-f", "json", "--top", "2", "--per-date", "1"},
    {"--from", "2025-04-20", "--to", "2025-04-30", "--title", "Week"},
};

strings concat(strings a, const strings& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Runs `dateline tag -f shard FILES... -o folder/name` and returns the shard's path.
std::string tag_shard(const scratch_folder& folder, const std::string& name, const strings& files,
                      const std::string& working_folder = DATELINE_SOURCE_DIR) {
    const std::string shard = folder / name;
    const run_result r = run_dateline(concat({"tag", "-f", "shard", "-o", shard}, files), working_folder);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return shard;
}

void expect_same_as_direct(const strings& articles, const std::vector<strings>& shard_orders,
                           const std::string& working_folder = DATELINE_SOURCE_DIR) {
    for (const strings& options : output_options) {
        const run_result direct = run_dateline(concat(concat({"build"}, articles), options), working_folder);
        ASSERT_EQ(direct.exit_code, 0) << direct.err;
        for (const strings& shards : shard_orders) {
            const run_result merged =
                run_dateline(concat(concat({"build", "--from-tagged"}, shards), options), working_folder);
            EXPECT_EQ(merged.exit_code, 0) << merged.err;
            EXPECT_EQ(merged.err, "");
            EXPECT_TRUE(merged.out == direct.out)
                << "options " << ::testing::PrintToString(options) << ", shards " << ::testing::PrintToString(shards);
        }
    }
}

TEST(build_from_tagged, seed_shards_in_any_split_and_order_give_the_direct_build_bytes) {
    const scratch_folder out;
    const std::string all = tag_shard(out, "all.shard", {"fixtures/seeds"});
    const std::string odd = tag_shard(out, "odd.shard", {seed_files[4], seed_files[0], seed_files[2]});
    const std::string even = tag_shard(out, "even.shard", {seed_files[3], seed_files[1]});
    strings singles;
    for (std::size_t i = 0; i < seed_files.size(); ++i)
        singles.push_back(tag_shard(out, std::to_string(i) + ".shard", {seed_files[i]}));
    std::reverse(singles.begin(), singles.end());
    expect_same_as_direct({"fixtures/seeds"}, {{all}, {odd, even}, {even, odd}, singles});
}

TEST(build_from_tagged, a_shard_on_standard_input_is_read_like_a_file) {
    const scratch_folder out;
    const std::string odd = tag_shard(out, "odd.shard", {seed_files[4], seed_files[0], seed_files[2]});
    const std::string even = tag_shard(out, "even.shard", {seed_files[3], seed_files[1]});
    const run_result direct = run_dateline({"build", "fixtures/seeds", "-f", "json"});
    const run_result merged = run_dateline_with_input({"build", "--from-tagged", odd, "-", "-f", "json"}, read_text(even));
    EXPECT_EQ(merged.exit_code, 0) << merged.err;
    EXPECT_TRUE(merged.out == direct.out);
}

TEST(build_from_tagged, standard_input_and_records_keep_the_direct_build_order) {
    const scratch_folder in;
    const std::string records = in.write("feed/z.jsonl",
                                         "{\"text\":\"Kyiv was hit hard last night, officials said.\",\"date\":\"2025-04-24\"}\n"
                                         "{\"text\":\"The envoy will meet Putin on Friday in Moscow.\",\"date\":\"2025-04-24\"}\n"
                                         "{\"text\":\"Officials said Kyiv was hit hard on Wednesday night.\",\"date\":\"2025-04-25\"}\n");
    const std::string text = in.write("a.txt", "---\npublished: 2025-04-25\n---\nThe envoy met Putin on Friday.\n");
    const std::string piped = "{\"text\":\"Kyiv was hit last night.\",\"date\":\"2025-04-24\"}\n";
    const run_result direct = run_dateline_with_input({"build", records, "-", text, "-f", "json"}, piped, in.path());
    ASSERT_EQ(direct.exit_code, 0) << direct.err;

    const scratch_folder out;
    const std::string from_stdin = out / "stdin.shard";
    EXPECT_EQ(run_dateline_with_input({"tag", "-f", "shard", "-", "-o", from_stdin}, piped, in.path()).exit_code, 0);
    const std::string files = tag_shard(out, "files.shard", {text, records}, in.path());
    for (const strings& order : {strings{files, from_stdin}, strings{from_stdin, files}}) {
        const run_result merged = run_dateline(concat(concat({"build", "--from-tagged"}, order), {"-f", "json"}), in.path());
        EXPECT_EQ(merged.exit_code, 0) << merged.err;
        EXPECT_TRUE(merged.out == direct.out) << merged.out;
    }
}

TEST(build_from_tagged, bytes_that_are_not_utf8_reach_the_chronology_as_in_a_direct_build) {
    const scratch_folder in;
    in.write("bad/a.txt", "---\npublished: 2025-04-24\ntitle: Caf\xe9 \xff news\nurl: https://ex.example/\xe9\n---\n"
                          "Kyiv was hit hard last night at the caf\xe9 \xc3\x28 on Main.\n");
    in.write("bad/b\xe9.txt", "---\npublished: 2025-04-25\n---\nOn Thursday night, the caf\xe9 was hit.\n");
    const scratch_folder out;
    const std::string shard = tag_shard(out, "bad.shard", {"bad"}, in.path());
    for (const strings& options : output_options) {
        const run_result direct = run_dateline(concat({"build", "bad"}, options), in.path());
        const run_result merged = run_dateline(concat({"build", "--from-tagged", shard}, options), in.path());
        EXPECT_EQ(merged.exit_code, direct.exit_code) << merged.err;
        EXPECT_TRUE(merged.out == direct.out) << ::testing::PrintToString(options) << "\n" << merged.out;
    }
}

TEST(build_from_tagged, a_timeline17_topic_split_three_ways_gives_the_direct_build_bytes) {
    const std::string topic = DATELINE_SHARED_DIR "/data/tls/timeline17-dev/H1N1_bbc/InputDocs";
    ASSERT_TRUE(fs::is_directory(topic)) << topic;
    std::vector<strings> parts(3);
    std::size_t n = 0;
    for (const auto& entry : fs::recursive_directory_iterator(topic))
        if (entry.is_regular_file()) parts[n++ % 3].push_back(entry.path().generic_string());
    const scratch_folder out;
    const strings shards = {tag_shard(out, "2.shard", parts[2]), tag_shard(out, "0.shard", parts[0]),
                            tag_shard(out, "1.shard", parts[1])};
    for (const strings& options : {strings{"-f", "json"}, strings{"-f", "md", "--top", "10"}}) {
        const run_result direct = run_dateline(concat({"build", topic}, options));
        ASSERT_EQ(direct.exit_code, 0) << direct.err;
        const run_result merged = run_dateline(concat(concat({"build", "--from-tagged"}, shards), options));
        EXPECT_EQ(merged.exit_code, 0) << merged.err;
        EXPECT_TRUE(merged.out == direct.out) << ::testing::PrintToString(options);
    }
}

TEST(build_from_tagged, bad_shards_are_reported_and_the_good_documents_still_make_the_chronology) {
    const scratch_folder out;
    const std::string good = tag_shard(out, "good.shard", {seed_files[0], seed_files[1]});
    const std::string two = read_text(tag_shard(out, "two.shard", {seed_files[2], seed_files[3]}));
    const std::string cut = out.write("cut.shard", two.substr(0, two.find('\n') + 1 + 40));
    std::string other = read_text(tag_shard(out, "other.shard", {seed_files[4]}));
    other.replace(other.find("\"dateline\":\"0.1.0\""), 18, "\"dateline\":\"0.0.9\"");
    out.write("other.shard", other);
    const std::string plain = out / "plain.jsonl";
    EXPECT_EQ(run_dateline({"tag", seed_files[4], "-o", plain}).exit_code, 0);
    const std::string missing = out / "missing.shard";

    const run_result expected = run_dateline({"build", seed_files[0], seed_files[1], seed_files[2], "-f", "json"});
    ASSERT_EQ(expected.exit_code, 0) << expected.err;
    const run_result r = run_dateline(
        {"build", "--from-tagged", good, cut, out / "other.shard", plain, missing, good, "-f", "json"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              (strings{cut + ":2: error: truncated shard: the last line is cut off (no end of line, and its JSON is not "
                             "complete)",
                       out / "other.shard" + ":1: error: shard written by dateline 0.0.9 (shard format 1); this is "
                                             "dateline 0.1.0 (shard format 1): tag the articles again with this dateline",
                       plain + ":1: error: a line of \"dateline tag -f jsonl\", not a shard: write shards with "
                               "\"dateline tag -f shard\"",
                       missing + ": error: cannot read file: No such file or directory",
                       good + ":1: error: document \"" + seed_files[0] + "\" is also in " + good +
                           ":1; this copy is left out",
                       good + ":2: error: document \"" + seed_files[1] + "\" is also in " + good +
                           ":2; this copy is left out"}));
    EXPECT_TRUE(r.out == expected.out) << r.out.substr(0, 400);
}

TEST(build_from_tagged, no_good_shard_is_an_error_with_no_output) {
    const scratch_folder out;
    const std::string text = out.write("a.txt", "Not a shard.\n");
    const run_result r = run_dateline({"build", "--from-tagged", text, out / "none.shard"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(lines(r.err), (strings{text + ":1: error: not a dateline shard line: not JSON (error at byte 1)",
                                     out / "none.shard" + ": error: cannot read file: No such file or directory",
                                     "dateline: error: no documents in the shards"}));
}

TEST(build_from_tagged, article_flags_do_not_go_with_shards) {
    const run_result r = run_dateline({"build", "--from-tagged", "x.shard", "--published", "2025-04-24"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(lines(r.err), (strings{"--published excludes --from-tagged", "Run with --help for more information."}));
}

}  // namespace
}  // namespace dateline::cli
