#include "folder_walk.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;
using testing::scratch_folder;

std::vector<std::pair<std::string, std::string>> walked(const std::string& folder, std::error_code* error = nullptr) {
    std::vector<std::pair<std::string, std::string>> out;
    const std::error_code e = walk_folder(folder, [&](const std::string& path, std::string_view name) {
        out.emplace_back(path, std::string(name));
    });
    if (error) *error = e;
    return out;
}

// What std::filesystem's recursive iterator lists the way collect_files used it: the reference.
std::vector<std::pair<std::string, std::string>> iterated(const std::string& folder) {
    std::vector<std::pair<std::string, std::string>> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.front() == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_directory(ec)) continue;
        out.emplace_back(it->path().generic_string(), name);
    }
    return out;
}

TEST(walk_folder, lists_what_the_standard_iterator_lists_in_the_same_order) {
    const scratch_folder root;
    for (const char* file : {"a.txt", "b/c.txt", "b/d/e.md", "b/d/f/g.txt", "b/.hidden/h.txt", ".i.txt", "j-k/l.txt",
                             "j/m.txt", "n.pdf", "b/published.tsv", "o p/q r.txt", "caf\xC3\xA9/s.txt"})
        root.write(file, "x");
    root.make_folder("empty/deeper");
    root.dangling_link("b/gone.txt");
    fs::create_directory_symlink(root / "b", root / "link-to-b");
    fs::create_symlink(root / "a.txt", root / "j/link-to-a.txt");
    ASSERT_EQ(::mkfifo((root / "fifo.txt").c_str(), 0600), 0);

    std::error_code error;
    const auto found = walked(root.path(), &error);
    EXPECT_FALSE(error) << error.message();
    EXPECT_EQ(found, iterated(root.path()));
    EXPECT_EQ(found.size(), 13u);
}

TEST(walk_folder, joins_names_to_the_folder_as_given) {
    const scratch_folder root;
    root.write("sub/a.txt", "x");
    EXPECT_EQ(walked(root.path() + "/"), (std::vector<std::pair<std::string, std::string>>{{root.path() + "/sub/a.txt", "a.txt"}}));
    EXPECT_EQ(walked(root.path()), (std::vector<std::pair<std::string, std::string>>{{root / "sub/a.txt", "a.txt"}}));
}

TEST(walk_folder, a_link_to_a_folder_given_as_the_folder_is_followed) {
    const scratch_folder root;
    root.write("real/a.txt", "x");
    fs::create_directory_symlink(root / "real", root / "alias");
    EXPECT_EQ(walked(root / "alias"), (std::vector<std::pair<std::string, std::string>>{{root / "alias/a.txt", "a.txt"}}));
}

TEST(walk_folder, a_missing_folder_is_an_error_with_its_reason) {
    const scratch_folder root;
    std::error_code error;
    EXPECT_TRUE(walked(root / "absent", &error).empty());
    EXPECT_EQ(error, std::errc::no_such_file_or_directory);
}

TEST(walk_folder, stops_at_a_folder_it_cannot_open) {
    if (::geteuid() == 0) GTEST_SKIP() << "root opens any folder";
    const scratch_folder root;
    root.write("locked/a.txt", "x");
    fs::permissions(root / "locked", fs::perms::none);
    std::error_code error;
    walked(root.path(), &error);
    fs::permissions(root / "locked", fs::perms::owner_all);
    EXPECT_EQ(error, std::errc::permission_denied);
}

}  // namespace
}  // namespace dateline::cli
