// How dates are shown to people ("Wed 23 Apr 2025", "night of 23→24 Apr 2025",
// "week 17 of 2025 (21–27 Apr)", "April 2025") and to HTML (<time datetime="...">), computed
// with Howard Hinnant's date from the interval and granularity of a resolved value.
#pragma once

#include <string>
#include <string_view>

#include <date/date.h>

#include "dateline/parser/timex.hpp"

namespace dateline {

// "Wed 23 Apr 2025".
std::string display_day(date::local_days d);

// "21–27 Apr 2025", "28 Apr–4 May 2025", "29 Dec 2025–4 Jan 2026"; `separator` goes between the
// two ends; the year is left out when `with_year` is false and both days share one.
std::string display_day_range(date::local_days first, date::local_days last,
                              std::string_view separator = "–", bool with_year = true);

// A resolved value for people. `timex_value` supplies what the interval cannot tell: the part of
// the day ("TNI" night, "TMO" morning, ...) and the season ("SP", "SU", "FA", "WI").
std::string display_when(const local_interval& when, granularity grain, std::string_view timex_value);

// "Thu 24 Apr 2025", or "Thu 24 Apr 2025, 21:10 +03:00" when a time (and zone) is known.
std::string display_publication(const publication_time& p);

// A valid HTML datetime for a resolved value: "2025-04-23", "2025-04", "2025", "2025-W17",
// "2025-04-23T18:00", "2025-04-23T18:00:05"; the interval's first day for what HTML cannot say
// (parts of days, weekends, quarters, seasons, halves, decades, centuries).
std::string html_datetime(const local_interval& when, granularity grain);

// "2025-04-24", "2025-04-24T21:10", "2025-04-24T21:10+03:00", "2025-04-24T21:10Z" (a named zone
// such as "Europe/Kyiv" cannot be written in HTML and is left out).
std::string html_datetime(const publication_time& p);

// "2025-04-23T18:00:00": a local time without zone, as the JSON outputs write interval ends.
std::string iso_local_time(date::local_seconds t);

}  // namespace dateline
