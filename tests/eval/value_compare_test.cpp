#include "dateline/eval/value_compare.hpp"

#include <gtest/gtest.h>

namespace dateline {
namespace {

struct value_case {
    const char* a;
    const char* b;
    bool same;
};

TEST(value_compare, only_spellings_of_one_value_are_equal) {
    const value_case cases[] = {
        {"1998-08-07T10:35", "1998-08-07T10:35:00", true},
        {"1998-08-07T10:35:00", "1998-08-07T10:35:00", true},
        {" 1998-08-07 ", "1998-08-07", true},
        {"T10:35:00", "T10:35", true},
        {"1998-08-07T10:35:30", "1998-08-07T10:35", false},
        {"1998-08-07", "1998-08-07T10:35", false},
        {"P1D", "PT24H", false},
        {"PRESENT_REF", "present_ref", false},
        {"1998-W32", "1998-W32-WE", false},
        {"", "1998", false},
        {"", "", true},
    };
    for (const value_case& c : cases) {
        SCOPED_TRACE(std::string(c.a) + " / " + c.b);
        EXPECT_EQ(same_timex_value(c.a, c.b), c.same);
        EXPECT_EQ(same_timex_value(c.b, c.a), c.same);
    }
}

TEST(value_compare, normalised_form_drops_zero_seconds_and_surrounding_space) {
    EXPECT_EQ(normalize_timex_value(" 1998-08-07T10:35:00\n"), "1998-08-07T10:35");
    EXPECT_EQ(normalize_timex_value("1998-08-07T10:35:05"), "1998-08-07T10:35:05");
    EXPECT_EQ(normalize_timex_value("XXXX-XX-XXT10:00:00"), "XXXX-XX-XXT10:00");
}

}  // namespace
}  // namespace dateline
