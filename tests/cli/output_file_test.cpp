#include "output_file.hpp"

#include <csignal>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::read_text;
using testing::scratch_folder;

mode_t mode_of(const std::string& path) {
    struct stat s{};
    ::stat(path.c_str(), &s);
    return s.st_mode & 07777;
}

TEST(write_file_atomically, writes_a_new_file_and_leaves_no_temporary_file) {
    const scratch_folder root;
    const std::string target = root / "out.md";

    EXPECT_EQ(write_file_atomically(target, "# Chronology\n"), std::nullopt);

    EXPECT_EQ(read_text(target), "# Chronology\n");
    EXPECT_EQ(root.list(), (std::vector<std::string>{"out.md"}));
    const mode_t mask = ::umask(0);
    ::umask(mask);
    EXPECT_EQ(mode_of(target), 0666 & ~mask);
}

TEST(write_file_atomically, replaces_an_existing_file_and_keeps_its_permissions) {
    const scratch_folder root;
    const std::string target = root.write("out.md", "old and longer than the new content\n");
    ::chmod(target.c_str(), 0640);

    EXPECT_EQ(write_file_atomically(target, "new\n"), std::nullopt);

    EXPECT_EQ(read_text(target), "new\n");
    EXPECT_EQ(mode_of(target), 0640u);
    EXPECT_EQ(root.list(), (std::vector<std::string>{"out.md"}));
}

TEST(write_file_atomically, a_failed_write_leaves_the_target_untouched_and_no_temporary_file) {
    const scratch_folder root;
    const std::string target = root.write("out.md", "good\n");

    // In a child whose files may not grow past 16 bytes (as on a full disk), the write fails
    // half way: the child reports the error through its exit code.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{16, 16};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        const std::optional<std::string> error = write_file_atomically(target, std::string(4096, 'x'));
        ::_exit(error == std::optional<std::string>("File too large") ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the write did not fail with EFBIG";

    EXPECT_EQ(read_text(target), "good\n");
    EXPECT_EQ(root.list(), (std::vector<std::string>{"out.md"}));
}

TEST(write_file_atomically, a_missing_folder_is_reported_and_nothing_is_created) {
    const scratch_folder root;
    EXPECT_EQ(write_file_atomically(root / "no/such/folder/out.md", "x"),
              std::optional<std::string>("No such file or directory"));
    EXPECT_TRUE(root.list().empty());
}

TEST(write_file_atomically, when_the_rename_fails_the_target_and_folder_are_as_before) {
    const scratch_folder root;
    // A non-empty folder cannot be replaced by a file.
    root.write("out.md/keep.txt", "keep");

    EXPECT_EQ(write_file_atomically(root / "out.md", "x"), std::optional<std::string>("Is a directory"));
    EXPECT_EQ(root.list(), (std::vector<std::string>{"out.md"}));
    EXPECT_EQ(read_text(root / "out.md/keep.txt"), "keep");
}

TEST(write_output, a_file_that_cannot_be_written_becomes_an_error_diagnostic) {
    const scratch_folder root;
    const std::optional<diagnostic> d = write_output(root / "missing/out.html", "<p>");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(format(*d), root / "missing/out.html" + ": error: cannot write file: No such file or directory");
}

}  // namespace
}  // namespace dateline::cli
