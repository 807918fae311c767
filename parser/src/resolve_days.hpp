// Day arithmetic on local days: weekday searches with the inclusive/strict rule in their names,
// ISO weeks, and shifts that refuse to leave the years TIMEX3 can write (0000-9999).
#pragma once

#include <optional>

#include <date/date.h>

namespace dateline::detail {

date::local_days previous_or_same(date::local_days d, date::weekday wd);
date::local_days previous_before(date::local_days d, date::weekday wd);  // strictly before d
date::local_days next_or_same(date::local_days d, date::weekday wd);
date::local_days next_after(date::local_days d, date::weekday wd);  // strictly after d

// The Monday that starts d's ISO week, and the given weekday within that week.
date::local_days iso_week_monday(date::local_days d);
date::local_days in_iso_week_of(date::local_days d, date::weekday wd);

// Years BC9999-9999, the range a four-digit TIMEX3 year can express. Years are the calendar's
// (proleptic Gregorian, with a year 0): year 0 is 1 BC, year -9998 is 9999 BC ("BC9999").
inline constexpr long long first_writable_year = -9998;
inline constexpr long long last_writable_year = 9999;
bool writable_year(long long y);
bool writable_day(date::local_days d);
bool writable_iso_week(date::local_days d);  // the ISO year of d's week is writable

// d + n days, or nothing when the result (or n itself) lies outside the writable years.
std::optional<date::local_days> shift_days(date::local_days d, long long n);

}  // namespace dateline::detail
