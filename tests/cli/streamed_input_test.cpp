// Reading inputs a piece at a time: files that change while read, lines split across reads,
// lines longer than the limit passed over, and output written as it goes.
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "input_file.hpp"
#include "line_reader.hpp"
#include "output_file.hpp"
#include "read_file.hpp"
#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::read_text;
using testing::scratch_folder;
using strings = std::vector<std::string>;

void append_to(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::app) << bytes;
}

// Every line the reader gives, an overlong one as "<N bytes>".
strings all_lines(const std::string& path, std::size_t max_line_bytes) {
    input_file in(path);
    line_reader reader(in, max_line_bytes);
    strings out;
    for (line_reader::next_line l = reader.next(); l.what != line_reader::kind::end; l = reader.next())
        out.push_back(l.what == line_reader::kind::line ? std::string(l.text) : "<" + std::to_string(l.length) + " bytes>");
    return out;
}

TEST(input_file, a_file_that_grows_while_read_is_an_error_saying_both_sizes) {
    const scratch_folder root;
    const std::string path = root.write("a.jsonl", "0123456789");
    input_file in(path);
    std::string bytes;
    EXPECT_EQ(in.read_some(bytes, 4), 4u);
    append_to(path, "ABCDE");
    while (in.read_some(bytes, 4) > 0) {
    }
    EXPECT_EQ(in.error(), std::optional<std::string>("file changed while it was read (10 bytes when opened, 12 bytes now)"));
    EXPECT_EQ(bytes, "01234567") << "the read that went past the size when opened is not kept";
}

TEST(input_file, a_file_that_shrinks_while_read_is_an_error_saying_both_sizes) {
    const scratch_folder root;
    const std::string path = root.write("a.jsonl", "0123456789");
    input_file in(path);
    std::string bytes;
    EXPECT_EQ(in.read_some(bytes, 4), 4u);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << "012345";
    while (in.read_some(bytes, 4) > 0) {
    }
    EXPECT_EQ(in.error(), std::optional<std::string>("file changed while it was read (10 bytes when opened, 6 bytes now)"));
}

TEST(input_file, a_file_read_to_its_end_unchanged_has_no_error) {
    const scratch_folder root;
    const std::string path = root.write("a.jsonl", "0123456789");
    input_file in(path);
    std::string bytes;
    while (in.read_some(bytes, 3) > 0) {
    }
    EXPECT_EQ(in.error(), std::nullopt);
    EXPECT_EQ(bytes, "0123456789");
    EXPECT_EQ(in.size(), std::optional<std::uint64_t>(10));
}

TEST(read_file, a_file_over_the_limit_is_refused_unread_with_both_sizes) {
    const scratch_folder root;
    const std::string path = root.write("big.txt", std::string(101, 'x'));
    EXPECT_EQ(read_file(path, 100).error,
              std::optional<std::string>("101 bytes, more than the 100 bytes a file read whole may have (--max-file-bytes)"));
    EXPECT_EQ(read_file(path, 101).bytes, std::string(101, 'x'));
    EXPECT_EQ(read_file(path, 100).bytes, "");
}

TEST(line_reader, gives_lines_in_order_and_the_last_without_a_line_break) {
    const scratch_folder root;
    const std::string path = root.write("a.jsonl", "one\n\ntwo\r\nthree");
    EXPECT_EQ(all_lines(path, 10), (strings{"one", "", "two\r", "three"}));
}

TEST(line_reader, a_line_over_the_limit_is_only_counted_and_the_next_lines_still_come) {
    const scratch_folder root;
    const std::string path = root.write("a.jsonl", "short\n" + std::string(11, 'x') + "\nafter\n" + std::string(12, 'y'));
    EXPECT_EQ(all_lines(path, 10), (strings{"short", "<11 bytes>", "after", "<12 bytes>"}));
}

TEST(line_reader, lines_longer_than_one_read_are_joined_or_skipped_whole) {
    const scratch_folder root;
    const std::string long_line(3u << 20, 'a');  // three reads' worth
    const std::string path = root.write("a.jsonl", "x\n" + long_line + "\ny\n" + long_line + "b\nz\n");
    const strings got = all_lines(path, (3u << 20) + 0);
    ASSERT_EQ(got.size(), 5u);
    EXPECT_EQ(got[0], "x");
    EXPECT_EQ(got[1], long_line);
    EXPECT_EQ(got[2], "y");
    EXPECT_EQ(got[3], "<3145729 bytes>");
    EXPECT_EQ(got[4], "z");
}

TEST(output_stream, writes_pieces_to_a_temporary_file_renamed_at_commit) {
    const scratch_folder root;
    const std::string target = root.write("out.jsonl", "old\n");
    {
        output_stream out(target);
        EXPECT_EQ(out.write("a\n"), std::nullopt);
        EXPECT_EQ(out.write("b\n"), std::nullopt);
        EXPECT_EQ(read_text(target), "old\n");
        EXPECT_EQ(out.commit(), std::nullopt);
    }
    EXPECT_EQ(read_text(target), "a\nb\n");
    EXPECT_EQ(root.list(), (strings{"out.jsonl"}));
}

TEST(output_stream, left_without_commit_it_removes_its_temporary_file_and_keeps_the_old_one) {
    const scratch_folder root;
    const std::string target = root.write("out.jsonl", "old\n");
    {
        output_stream out(target);
        EXPECT_EQ(out.write("a\n"), std::nullopt);
    }
    EXPECT_EQ(read_text(target), "old\n");
    EXPECT_EQ(root.list(), (strings{"out.jsonl"}));
}

}  // namespace
}  // namespace dateline::cli
