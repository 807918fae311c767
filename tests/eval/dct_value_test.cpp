#include "dateline/eval/dct_value.hpp"

#include <gtest/gtest.h>

namespace dateline {
namespace {

using namespace std::chrono_literals;

struct dct_case {
    const char* value;
    std::optional<date::year_month_day> day;
    std::optional<std::chrono::minutes> time_of_day;
};

TEST(dct_value, reads_dates_and_times_of_day_and_rejects_everything_else) {
    using date::year;
    const dct_case cases[] = {
        {"1998-08-07", year{1998} / 8 / 7, std::nullopt},
        {"1998-08-07T10:35", year{1998} / 8 / 7, 10h + 35min},
        {"1998-08-07T10:35:59", year{1998} / 8 / 7, 10h + 35min},
        {"2000-02-29", year{2000} / 2 / 29, std::nullopt},
        {"1999-02-29", std::nullopt, std::nullopt},
        {"1998-13-01", std::nullopt, std::nullopt},
        {"1998-08", std::nullopt, std::nullopt},
        {"1998-W32", std::nullopt, std::nullopt},
        {"19980807", std::nullopt, std::nullopt},
        {"1998-08-07T24:00", std::nullopt, std::nullopt},
        {"1998-08-07T10:60", std::nullopt, std::nullopt},
        {"1998-08-07T10:35:00Z", std::nullopt, std::nullopt},
        {"1998-08-07TMO", std::nullopt, std::nullopt},
        {"1998-08-07 ", std::nullopt, std::nullopt},
        {"", std::nullopt, std::nullopt},
    };
    for (const dct_case& c : cases) {
        SCOPED_TRACE(c.value);
        const auto p = parse_dct_value(c.value);
        ASSERT_EQ(p.has_value(), c.day.has_value());
        if (!p) continue;
        EXPECT_EQ(p->day, date::local_days{*c.day});
        EXPECT_EQ(p->time_of_day, c.time_of_day);
        EXPECT_EQ(p->zone, "");
    }
}

}  // namespace
}  // namespace dateline
