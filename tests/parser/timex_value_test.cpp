#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>

#include "dateline/parser/timex.hpp"

namespace dateline {
namespace {

std::string value_of(int y, unsigned m, unsigned d, std::optional<int> minutes = std::nullopt) {
    publication_time p;
    p.day = date::local_days{date::year{y} / date::month{m} / date::day{d}};
    if (minutes) p.time_of_day = std::chrono::minutes{*minutes};
    return timex_value(p);
}

TEST(publication_value, day_and_time_of_day_zero_padded) {
    EXPECT_EQ(value_of(2025, 4, 24), "2025-04-24");
    EXPECT_EQ(value_of(2025, 4, 24, 21 * 60 + 10), "2025-04-24T21:10");
    EXPECT_EQ(value_of(987, 1, 5, 9 * 60 + 5), "0987-01-05T09:05");
    EXPECT_EQ(value_of(1999, 12, 31, 0), "1999-12-31T00:00");
    EXPECT_EQ(value_of(9999, 12, 31, 23 * 60 + 59), "9999-12-31T23:59");
}

TEST(publication_value, years_outside_four_digits_keep_their_sign_and_digits) {
    EXPECT_EQ(value_of(12345, 6, 7), "12345-06-07");
    EXPECT_EQ(value_of(-5, 6, 7, 61), "-005-06-07T01:01");
}

}  // namespace
}  // namespace dateline
