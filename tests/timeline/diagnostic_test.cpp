#include <gtest/gtest.h>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline {
namespace {

struct format_case {
    diagnostic d;
    const char* expected;
};

TEST(format_diagnostic, reads_like_a_compilers_and_leaves_out_what_is_not_known) {
    const format_case cases[] = {
        {{severity::error, "a.txt", 3, 14, "expected a date"}, "a.txt:3:14: error: expected a date"},
        {{severity::warning, "a.txt", 3, 0, "odd"}, "a.txt:3: warning: odd"},
        {{severity::error, "a.txt", 0, 0, "cannot read file: No such file or directory"},
         "a.txt: error: cannot read file: No such file or directory"},
    };
    for (const auto& c : cases) EXPECT_EQ(format(c.d), c.expected);
}

TEST(format_diagnostic, is_one_line_whatever_the_path_and_the_quoted_value_hold) {
    const diagnostic d{severity::error, "evil\n.txt", 2, 7,
                       std::string("cannot read publication date \"2025\r\x1B[2J\0\x7F\"", 42)};
    EXPECT_EQ(format(d), "evil\\x0A.txt:2:7: error: cannot read publication date \"2025\\x0D\\x1B[2J\\x00\\x7F\"");
}

}  // namespace
}  // namespace dateline
