// `dateline tag` streams JSON Lines: a record longer than the limit is one error at its line
// and is never held, a file over the limit for files read whole is refused unread, and every
// good record and article before and after is still tagged, in input order.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::lines;
using testing::run_dateline;
using testing::run_dateline_with_input;
using testing::run_result;
using testing::scratch_folder;
using strings = std::vector<std::string>;

const std::string first = "{\"text\":\"Talks resumed on Friday.\",\"date\":\"2025-04-24\"}\n";
const std::string last = "{\"text\":\"Envoys meet on Saturday.\",\"date\":\"2025-04-24\"}\n";
const std::string too_long = "{\"text\":\"" + std::string(200, 'a') + "\"}\n";

// The "text" of each output line's expressions, in order.
strings expressions(const std::string& out) {
    strings found;
    for (const std::string& line : lines(out)) {
        for (std::size_t at = line.find("\"text\":\""); at != std::string::npos; at = line.find("\"text\":\"", at + 1))
            found.push_back(line.substr(at + 8, line.find('"', at + 8) - at - 8));
    }
    return found;
}

TEST(streamed_inputs, a_record_over_the_line_limit_is_an_error_and_the_records_around_it_are_tagged) {
    const scratch_folder root;
    const std::string dump = root.write("dump.jsonl", first + too_long + last);
    const run_result r = run_dateline({"tag", dump, "--max-line-bytes", "100"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err), strings{dump + ":2: error: line is 211 bytes long; a record may be at most 100 bytes"});
    EXPECT_EQ(expressions(r.out), (strings{"Friday", "Saturday"}));
}

TEST(streamed_inputs, standard_input_is_streamed_the_same_way) {
    const run_result r = run_dateline_with_input({"tag", "-", "--max-line-bytes", "100"}, first + too_long + last);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err), strings{"<stdin>:2: error: line is 211 bytes long; a record may be at most 100 bytes"});
    EXPECT_EQ(expressions(r.out), (strings{"Friday", "Saturday"}));
}

TEST(streamed_inputs, a_text_over_the_file_limit_is_refused_and_the_other_inputs_are_tagged_in_order) {
    const scratch_folder root;
    root.write("in/a.jsonl", first);
    root.write("in/b.txt", "The storm hit on Monday. " + std::string(300, 'x') + "\n");
    root.write("in/c.jsonl", last);
    const run_result r = run_dateline({"tag", root / "in", "--published", "2025-04-24", "--max-file-bytes", "200"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              strings{root / "in/b.txt" +
                      ": error: cannot read file: 326 bytes, more than the 200 bytes a file read whole may have "
                      "(--max-file-bytes)"});
    EXPECT_EQ(expressions(r.out), (strings{"Friday", "Saturday"}));
}

TEST(streamed_inputs, standard_input_over_the_file_limit_is_refused) {
    const run_result r = run_dateline_with_input({"tag", "-", "--max-file-bytes", "100"}, std::string(150, 'x'));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              strings{"<stdin>: error: cannot read file: more than the 100 bytes read whole at most (--max-file-bytes)"});
    EXPECT_EQ(r.out, "");
}

TEST(streamed_inputs, output_to_a_file_appears_only_when_the_run_wrote_something) {
    const scratch_folder root;
    const std::string dump = root.write("dump.jsonl", too_long);
    const run_result r = run_dateline({"tag", dump, "--max-line-bytes", "100", "-o", root / "out.jsonl"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(root.list(), strings{"dump.jsonl"});
}

}  // namespace
}  // namespace dateline::cli
