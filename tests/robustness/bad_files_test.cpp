// Each kind of bad input file, fed to the built `dateline` beside a good article: the exact
// diagnostic, the exit code, and the good article's event still in the output.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::lines;
using testing::run_dateline;
using testing::run_result;
using testing::scratch_folder;
using strings = std::vector<std::string>;

const std::string good_article = "---\npublished: 2025-04-24\n---\nMissiles hit Kyiv last night.\n";
const std::string good_event = "- Missiles hit Kyiv **last night**. — reported Thu 24 Apr 2025 (";

std::string describe(const run_result& r) { return "exit " + std::to_string(r.exit_code) + ", stderr:\n" + r.err; }

// `dateline build FOLDER --published 2025-04-24` on a folder holding good.md and `name`.
run_result build_beside_good(const scratch_folder& root, const std::string& name, const std::string& bytes) {
    root.write("in/good.md", good_article);
    root.write("in/" + name, bytes);
    return run_dateline({"build", root / "in", "--published", "2025-04-24"});
}

TEST(bad_files, invalid_utf8_is_a_warning_at_its_byte_and_the_text_is_kept) {
    const scratch_folder root;
    const run_result r = build_beside_good(root, "latin1.txt", "Talks in Caf\xE9 Paris on Friday.\n");
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(lines(r.err), strings{root / "in/latin1.txt" + ":1:13: warning: invalid UTF-8 (byte 0xE9); text kept as read"});
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("- Talks in Caf\xEF\xBF\xBD Paris on **Friday**."), std::string::npos) << r.out;
}

TEST(bad_files, a_nul_byte_is_binary_data_an_error_at_its_place_and_the_rest_is_still_built) {
    const scratch_folder root;
    const run_result r = build_beside_good(root, "nul.txt", std::string("One.\nTwo\0 on Friday.\n", 21));
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), strings{root / "in/nul.txt" + ":2:4: error: not a plain-text article: binary data (a NUL byte)"});
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Friday"), std::string::npos) << r.out;
}

TEST(bad_files, an_empty_file_is_a_warning_and_left_out) {
    const scratch_folder root;
    const run_result r = build_beside_good(root, "empty.txt", "");
    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(lines(r.err), strings{root / "in/empty.txt" + ": warning: empty file; nothing to read"});
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("empty.txt"), std::string::npos) << r.out;
}

TEST(bad_files, only_empty_files_is_an_error_and_no_output) {
    const scratch_folder root;
    const std::string empty = root.write("empty.txt", " \n\n");
    const run_result r = run_dateline({"build", empty});
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), (strings{empty + ": warning: empty file; nothing to read",
                                     "dateline: error: no article has any text"}));
    EXPECT_EQ(r.out, "");
}

TEST(bad_files, a_50_megabyte_file_without_a_line_break_is_read_and_built) {
    const scratch_folder root;
    const std::string big = root / "in/big.txt";
    root.write("in/good.md", good_article);
    {
        std::ofstream out(big, std::ios::binary);
        out << "Russia launched airstrikes on Kyiv overnight. ";
        const std::string filler = "The envoys talked and talked, and the talks went on and on. ";
        for (std::size_t written = 0; written < 50u << 20; written += filler.size()) out << filler;
        out << "Trump is expected to meet Putin on Friday.";
    }
    ASSERT_GT(std::filesystem::file_size(big), 50u << 20);

    // How long it takes is measured in bench/ (docs/robustness.md); here it must finish and be right.
    const run_result r = run_dateline({"build", root / "in", "--published", "2025-04-24"});

    EXPECT_EQ(r.exit_code, 0) << describe(r);
    EXPECT_EQ(r.err, "");
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out.substr(0, 1000);
    EXPECT_NE(r.out.find("- Russia launched airstrikes on Kyiv **overnight**. — reported Thu 24 Apr 2025 ("),
              std::string::npos);
    EXPECT_NE(r.out.find("- Trump is expected to meet Putin on **Friday**. — reported Thu 24 Apr 2025 ("),
              std::string::npos);
}

TEST(bad_files, files_that_cannot_be_read_are_errors_with_the_reason_and_never_a_wait) {
    const scratch_folder root;
    root.write("in/good.md", good_article);
    root.dangling_link("in/gone.txt");
    ASSERT_EQ(::mkfifo((root / "in/pipe.txt").c_str(), 0644), 0);  // reading it would wait for a writer
    std::filesystem::create_symlink("/dev/urandom", root / "in/random.txt");  // reading it would never end

    const run_result r = run_dateline({"build", root / "in", "--published", "2025-04-24"});
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), (strings{root / "in/gone.txt" + ": error: cannot read file: No such file or directory",
                                     root / "in/pipe.txt" + ": error: cannot read file: not a regular file",
                                     root / "in/random.txt" + ": error: cannot read file: not a regular file"}));
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
}

TEST(bad_files, a_file_without_read_permission_is_an_error_unless_running_as_root) {
    const scratch_folder root;
    const std::string locked = root.write("in/locked.txt", "Locked away on Friday.\n");
    ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
    const run_result r = build_beside_good(root, "other.txt", "Nothing here.\n");
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
    if (::geteuid() == 0) {  // root reads it anyway: then it is simply an article
        EXPECT_EQ(r.exit_code, 0) << describe(r);
        EXPECT_NE(r.out.find("Locked away on **Friday**."), std::string::npos) << r.out;
    } else {
        EXPECT_EQ(r.exit_code, 1) << describe(r);
        EXPECT_EQ(lines(r.err), strings{locked + ": error: cannot read file: Permission denied"});
    }
}

TEST(bad_files, a_folder_of_thousands_of_files_is_read_whole_with_each_bad_one_reported) {
    const scratch_folder root;
    constexpr int count = 3000;
    for (int i = 0; i < count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "many/%04d.txt", i);
        root.write(name, "Officials in town " + std::to_string(i) + " met on Wednesday.\n");
    }
    root.write("many/0500.txt", std::string("bin\0ary", 7));
    root.write("many/0501.txt", "");

    const run_result r = run_dateline({"build", root / "many", "--published", "2025-04-24", "-f", "json"});

    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), (strings{root / "many/0500.txt" + ":1:4: error: not a plain-text article: binary data (a NUL byte)",
                                     root / "many/0501.txt" + ": warning: empty file; nothing to read"}));
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["documents"].size(), static_cast<std::size_t>(count - 2));
}

TEST(bad_files, a_front_matter_that_never_closes_is_an_error_and_the_rest_is_still_built) {
    const scratch_folder root;
    const run_result r = build_beside_good(root, "open.md", "---\ntitle: Never closed\nTalks on Friday.\n");
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), strings{root / "in/open.md" + ":1: error: front matter opened on line 1 is never closed"});
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
}

TEST(bad_files, a_manifest_row_with_a_bad_date_or_an_unknown_file_is_reported_at_its_line) {
    const scratch_folder root;
    root.write("in/other.txt", "Officials met on Wednesday.\n");
    root.write("in/published.tsv", "file\tpublished\nother.txt\t2025-02-30\nmissing.txt\t2025-04-24\n");
    const run_result r = build_beside_good(root, "good2.md", good_article);
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err),
              (strings{root / "in/published.tsv" + ":2:11: error: cannot read publication date \"2025-02-30\"",
                       root / "in/published.tsv" + ":3: warning: \"missing.txt\" is not among the input files"}));
    EXPECT_NE(r.out.find(good_event), std::string::npos) << r.out;
    // The bad row gives no date; --published does.
    EXPECT_NE(r.out.find("- Officials met on **Wednesday**. — reported Thu 24 Apr 2025 ("), std::string::npos) << r.out;
}

TEST(bad_files, control_characters_in_a_file_name_or_value_stay_on_one_escaped_line) {
    const scratch_folder root;
    root.write("in/good.md", good_article);
    const std::string name = root.write("in/bad\x1b[2Jname.md", "---\npublished: 2025\r-04-24\n---\nText.\n");
    const run_result r = run_dateline({"build", root / "in"});
    EXPECT_EQ(r.exit_code, 1) << describe(r);
    EXPECT_EQ(lines(r.err), strings{root / "in/bad\\x1B[2Jname.md" + ":2:12: error: cannot read publication date \"2025\\x0D-04-24\""});
}

}  // namespace
}  // namespace dateline::cli
