#include <gtest/gtest.h>

#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

// "2025-04-24T21:10 +03:00": the TIMEX3 value, then the zone text when there is one; "none".
std::string describe(const std::optional<publication_time>& p) {
    if (!p) return "none";
    return p->zone.empty() ? timex_value(*p) : timex_value(*p) + " " + p->zone;
}

struct publication_case {
    std::string_view text;
    std::string_view expected;
};

class publication_time_table : public ::testing::TestWithParam<publication_case> {};

TEST_P(publication_time_table, reads_the_day_time_and_zone_as_written) {
    EXPECT_EQ(describe(parse_publication_time(GetParam().text)), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    publication_times, publication_time_table,
    ::testing::Values(
        publication_case{"2025-04-24", "2025-04-24"},
        publication_case{"  2025-04-24\t", "2025-04-24"},
        publication_case{"2025-04-24T21:10", "2025-04-24T21:10"},
        publication_case{"2025-04-24t21:10", "2025-04-24T21:10"},
        publication_case{"2025-04-24T21:10:00+03:00", "2025-04-24T21:10 +03:00"},
        publication_case{"2025-04-24T21:10:59.250-05:00", "2025-04-24T21:10 -05:00"},
        publication_case{"2025-04-24T21:10+0300", "2025-04-24T21:10 +0300"},
        publication_case{"2025-04-24T21:10Z", "2025-04-24T21:10 Z"},
        publication_case{"2025-04-24 08:00 Europe/Kyiv", "2025-04-24T08:00 Europe/Kyiv"},
        publication_case{"2025-04-24 08:00 America/New_York", "2025-04-24T08:00 America/New_York"},
        publication_case{"2025-04-24 08:00 UTC", "2025-04-24T08:00 UTC"},
        publication_case{"2025-04-24 08:00 +02:00", "2025-04-24T08:00 +02:00"},
        publication_case{"2025-04-24 08:00", "2025-04-24T08:00"},
        publication_case{"2025-04-24 Europe/Kyiv", "2025-04-24 Europe/Kyiv"},
        publication_case{"2024-02-29", "2024-02-29"},
        // not publication times
        publication_case{"2025-04-24 08:00 Europe/Atlantis", "none"},
        publication_case{"2025-04-24 08:00 europe/kyiv", "none"},
        publication_case{"2025-02-30", "none"},
        publication_case{"2025-02-29", "none"},
        publication_case{"2025-13-01", "none"},
        publication_case{"2025-00-10", "none"},
        publication_case{"2025-4-24", "none"},
        publication_case{"20250424", "none"},
        publication_case{"2025-04-24T24:00", "none"},
        publication_case{"2025-04-24T21:60", "none"},
        publication_case{"2025-04-24T21", "none"},
        publication_case{"2025-04-24T21:10+15:00", "none"},
        publication_case{"2025-04-24T21:10 junk", "none"},
        publication_case{"2025-04-24x", "none"},
        publication_case{"2025-04-245", "none"},
        publication_case{"April 24, 2025", "none"},
        publication_case{"", "none"}));

TEST(publication_time, keeps_the_publishers_local_day_and_minutes) {
    const auto p = parse_publication_time("2025-04-24T23:30-05:00");
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->day, test::day(2025, 4, 24));  // not moved to UTC (2025-04-25)
    EXPECT_EQ(p->time_of_day, std::chrono::minutes{23 * 60 + 30});
    EXPECT_EQ(p->zone, "-05:00");
}

TEST(publication_time, date_only_has_no_time_and_no_zone) {
    const auto p = parse_publication_time("2025-04-24");
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(*p, (publication_time{test::day(2025, 4, 24), std::nullopt, ""}));
}

}  // namespace
}  // namespace dateline
