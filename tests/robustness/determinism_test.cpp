// The same input gives byte-identical output: across runs, whatever the order of the files on
// the command line (docs/usage.md: files are read in order of their path, each once), and when
// the output file lies inside an input folder (a second run must not read the first's output).
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::read_text;
using testing::run_dateline;
using testing::run_result;
using testing::scratch_folder;

namespace fs = std::filesystem;

const std::string seeds = DATELINE_SOURCE_DIR "/fixtures/seeds";

std::vector<std::string> seed_articles() {
    std::vector<std::string> paths;
    for (const auto& e : fs::directory_iterator(seeds))
        if (e.path().extension() == ".txt") paths.push_back(e.path().string());
    return paths;
}

TEST(determinism, every_format_is_byte_identical_across_runs) {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"build", seeds},
                                               {"build", seeds, "-f", "html", "--explain"},
                                               {"build", seeds, "-f", "html", "--fragment"},
                                               {"build", seeds, "-f", "json", "--explain"},
                                               {"tag", seeds},
                                               {"tag", seeds + "/003_ff6490168d6f341c.txt", "-f", "timeml"}}) {
        SCOPED_TRACE(args[0] + " " + args[args.size() - 1]);
        const run_result first = run_dateline(args);
        const run_result second = run_dateline(args);
        ASSERT_EQ(first.exit_code, 0) << first.err;
        EXPECT_GT(first.out.size(), 1000u);
        EXPECT_TRUE(first.out == second.out);  // (not EXPECT_EQ: a failure would print pages)
        EXPECT_EQ(first.err, second.err);
    }
}

// -j N: the same bytes for any thread count, on the seeds and on 208 news articles of different
// sizes (so that threads finish out of order; 0.7 MB, read in several batches).
TEST(determinism, every_thread_count_gives_the_same_bytes) {
    const std::string reuters = DATELINE_SHARED_DIR "/data/tls/timeline17-dev/H1N1_reuters/InputDocs";
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"build", seeds, "-f", "json", "--explain"},
                                               {"tag", seeds},
                                               {"build", reuters, "-f", "json"},
                                               {"tag", reuters}}) {
        SCOPED_TRACE(args[0] + " " + args[1]);
        std::vector<std::string> with_one = args;
        with_one.insert(with_one.end(), {"-j", "1"});
        const run_result one = run_dateline(with_one);
        ASSERT_EQ(one.exit_code, 0) << one.err;
        EXPECT_GT(one.out.size(), 1000u);
        for (const std::string jobs : {"2", "3", "16"}) {
            std::vector<std::string> with_n = args;
            with_n.insert(with_n.end(), {"-j", jobs});
            const run_result n = run_dateline(with_n);
            EXPECT_EQ(n.exit_code, 0) << "-j " << jobs;
            EXPECT_TRUE(n.out == one.out) << "-j " << jobs;
            EXPECT_EQ(n.err, one.err) << "-j " << jobs;
        }
        EXPECT_TRUE(run_dateline(args).out == one.out) << "default -j";
    }
}

TEST(determinism, the_order_of_files_on_the_command_line_does_not_change_the_output) {
    std::vector<std::string> paths = seed_articles();
    ASSERT_EQ(paths.size(), 5u);
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> reversed(paths.rbegin(), paths.rend());
    std::vector<std::string> shuffled = {paths[3], paths[0], paths[4], paths[1], paths[2], paths[0]};  // one twice

    const auto build = [](std::vector<std::string> files) {
        files.insert(files.begin(), "build");
        files.insert(files.end(), {"-f", "json"});
        return run_dateline(files);
    };
    const run_result sorted = build(paths);
    ASSERT_EQ(sorted.exit_code, 0) << sorted.err;
    EXPECT_TRUE(build(reversed).out == sorted.out);
    EXPECT_TRUE(build(shuffled).out == sorted.out);
    // The folder holds the same files under the same paths.
    EXPECT_TRUE(run_dateline({"build", seeds, "-f", "json"}).out == sorted.out);
}

TEST(determinism, an_output_file_inside_an_input_folder_is_not_read_back_by_the_next_run) {
    const scratch_folder root;
    fs::copy(seeds, root / "news");
    const std::string output = root / "news/chronology.md";
    std::vector<std::string> outputs;
    for (int run = 0; run < 2; ++run) {
        const run_result r = run_dateline({"build", root / "news", "-o", output});
        ASSERT_EQ(r.exit_code, 0) << "run " << run << ": " << r.err;
        EXPECT_EQ(r.err, "");
        outputs.push_back(read_text(output));
    }
    EXPECT_TRUE(outputs[0] == outputs[1]);
    EXPECT_EQ(outputs[1].find("chronology.md"), std::string::npos);
}

TEST(determinism, naming_the_output_file_as_an_input_is_an_error_and_never_overwrites_it) {
    const scratch_folder root;
    const std::string article = root.write("a.md", "---\npublished: 2025-04-24\n---\nKyiv was hit last night.\n");
    const run_result r = run_dateline({"build", article, "-o", article});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err, article + ": error: is also the output file (-o); not read\n");
    EXPECT_EQ(read_text(article), "---\npublished: 2025-04-24\n---\nKyiv was hit last night.\n");
}

}  // namespace
}  // namespace dateline::cli
