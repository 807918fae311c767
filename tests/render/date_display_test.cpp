#include <gtest/gtest.h>

#include "dateline/render/date_display.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::at;
using test::day;

local_interval days(date::local_days first, date::local_days end) {
    return {date::local_seconds{first}, date::local_seconds{end}};
}

struct when_case {
    const char* value;
    local_interval when;
    granularity grain;
    const char* display;
    const char* datetime;
};

TEST(date_display, shows_each_granularity_for_people_and_html) {
    const when_case cases[] = {
        {"2025-04-23", days(day(2025, 4, 23), day(2025, 4, 24)), granularity::day, "Wed 23 Apr 2025", "2025-04-23"},
        {"2025-04-03", days(day(2025, 4, 3), day(2025, 4, 4)), granularity::day, "Thu 3 Apr 2025", "2025-04-03"},
        {"2025-04-23TNI", {at(2025, 4, 23, 18), at(2025, 4, 24, 6)}, granularity::part_of_day,
         "night of 23→24 Apr 2025", "2025-04-23"},
        {"2025-04-30TNI", {at(2025, 4, 30, 18), at(2025, 5, 1, 6)}, granularity::part_of_day,
         "night of 30 Apr→1 May 2025", "2025-04-30"},
        {"2024-12-31TNI", {at(2024, 12, 31, 18), at(2025, 1, 1, 6)}, granularity::part_of_day,
         "night of 31 Dec 2024→1 Jan 2025", "2024-12-31"},
        {"2025-04-23TMO", {at(2025, 4, 23, 6), at(2025, 4, 23, 12)}, granularity::part_of_day,
         "morning of Wed 23 Apr 2025", "2025-04-23"},
        {"2025-04-23TEV", {at(2025, 4, 23, 18), at(2025, 4, 23, 22)}, granularity::part_of_day,
         "evening of Wed 23 Apr 2025", "2025-04-23"},
        {"2025-04-23T18:00", {at(2025, 4, 23, 18), at(2025, 4, 23, 18, 1)}, granularity::minute,
         "Wed 23 Apr 2025, 18:00", "2025-04-23T18:00"},
        {"2025-04-23T09", {at(2025, 4, 23, 9), at(2025, 4, 23, 10)}, granularity::hour, "Wed 23 Apr 2025, 09:00",
         "2025-04-23T09:00"},
        {"2025-W17", days(day(2025, 4, 21), day(2025, 4, 28)), granularity::week, "week 17 of 2025 (21–27 Apr)",
         "2025-W17"},
        {"2025-W18", days(day(2025, 4, 28), day(2025, 5, 5)), granularity::week, "week 18 of 2025 (28 Apr–4 May)",
         "2025-W18"},
        {"2026-W01", days(day(2025, 12, 29), day(2026, 1, 5)), granularity::week,
         "week 1 of 2026 (29 Dec 2025–4 Jan 2026)", "2026-W01"},
        {"2025-W17-WE", days(day(2025, 4, 26), day(2025, 4, 28)), granularity::weekend, "weekend of 26–27 Apr 2025",
         "2025-04-26"},
        {"2025-04", days(day(2025, 4, 1), day(2025, 5, 1)), granularity::month, "April 2025", "2025-04"},
        {"2025-Q2", days(day(2025, 4, 1), day(2025, 7, 1)), granularity::quarter, "Q2 2025", "2025-04-01"},
        {"2024-SP", days(day(2024, 3, 1), day(2024, 6, 1)), granularity::season, "spring 2024", "2024-03-01"},
        {"2024-H2", days(day(2024, 7, 1), day(2025, 1, 1)), granularity::half_year, "second half of 2024",
         "2024-07-01"},
        {"2025", days(day(2025, 1, 1), day(2026, 1, 1)), granularity::year, "2025", "2025"},
        {"199", days(day(1990, 1, 1), day(2000, 1, 1)), granularity::decade, "the 1990s", "1990-01-01"},
        {"19", days(day(1900, 1, 1), day(2000, 1, 1)), granularity::century, "the 20th century", "1900-01-01"},
        {"20", days(day(2000, 1, 1), day(2100, 1, 1)), granularity::century, "the 21st century", "2000-01-01"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.value);
        EXPECT_EQ(display_when(c.when, c.grain, c.value), c.display);
        EXPECT_EQ(html_datetime(c.when, c.grain), c.datetime);
    }
}

TEST(date_display, publication_time_shows_time_and_zone_when_known) {
    const publication_time day_only{day(2025, 4, 24), std::nullopt, ""};
    const publication_time with_offset{day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "+03:00"};
    const publication_time in_utc{day(2025, 4, 24), std::chrono::minutes{8 * 60}, "Z"};
    const publication_time named_zone{day(2025, 4, 24), std::chrono::minutes{8 * 60}, "Europe/Kyiv"};
    EXPECT_EQ(display_publication(day_only), "Thu 24 Apr 2025");
    EXPECT_EQ(display_publication(with_offset), "Thu 24 Apr 2025, 21:10 +03:00");
    EXPECT_EQ(display_publication(in_utc), "Thu 24 Apr 2025, 08:00 UTC");
    EXPECT_EQ(display_publication(named_zone), "Thu 24 Apr 2025, 08:00 Europe/Kyiv");
    EXPECT_EQ(html_datetime(day_only), "2025-04-24");
    EXPECT_EQ(html_datetime(with_offset), "2025-04-24T21:10+03:00");
    EXPECT_EQ(html_datetime(in_utc), "2025-04-24T08:00Z");
    EXPECT_EQ(html_datetime(named_zone), "2025-04-24T08:00");
}

TEST(date_display, day_ranges_leave_out_what_both_ends_share) {
    EXPECT_EQ(display_day_range(day(2025, 4, 21), day(2025, 4, 27)), "21–27 Apr 2025");
    EXPECT_EQ(display_day_range(day(2025, 4, 28), day(2025, 5, 4)), "28 Apr–4 May 2025");
    EXPECT_EQ(display_day_range(day(2025, 4, 28), day(2025, 5, 4), "–", false), "28 Apr–4 May");
    EXPECT_EQ(display_day_range(day(2025, 12, 29), day(2026, 1, 4), "–", false), "29 Dec 2025–4 Jan 2026");
    EXPECT_EQ(display_day_range(day(2025, 4, 23), day(2025, 4, 23)), "23 Apr 2025");
}

TEST(date_display, iso_local_time_writes_seconds_without_zone) {
    EXPECT_EQ(iso_local_time(at(2025, 4, 23, 18)), "2025-04-23T18:00:00");
    EXPECT_EQ(iso_local_time(date::local_seconds{day(2024, 2, 29)} + std::chrono::seconds{59}),
              "2024-02-29T00:00:59");
}

}  // namespace
}  // namespace dateline
