#include "resolve_period.hpp"

#include <chrono>

#include <fmt/format.h>

#include "resolve_days.hpp"
#include "resolve_format.hpp"

namespace dateline::detail {

namespace {

date::local_days first_of(long long y, unsigned m) {
    return date::local_days{date::year{static_cast<int>(y)} / date::month{m} / 1};
}

// [first day of month m of year y, first day of the month `months` later)
local_interval months_from(long long y, unsigned m, unsigned months) {
    const date::year_month start{date::year{static_cast<int>(y)}, date::month{m}};
    const date::year_month stop = start + date::months{static_cast<int>(months)};
    return {date::local_seconds{date::local_days{start / 1}}, date::local_seconds{date::local_days{stop / 1}}};
}

local_interval days_from(date::local_days d, int days) {
    return {date::local_seconds{d}, date::local_seconds{d + date::days{days}}};
}

local_interval years_from(long long first_year, long long years) {
    return {date::local_seconds{first_of(first_year, 1)}, date::local_seconds{first_of(first_year + years, 1)}};
}

}  // namespace

period day_period(date::local_days d) { return {day_value(d), days_from(d, 1), granularity::day}; }

period month_period(long long y, unsigned m) { return {month_value(y, m), months_from(y, m, 1), granularity::month}; }

period year_period(long long y) { return {year_value(y), years_from(y, 1), granularity::year}; }

// TIMEX3 writes 481 BC as "BC0481"; the calendar has a year 0 (1 BC), so it is year -480.
period year_before_christ_period(long long y) {
    return {fmt::format("BC{:04}", y), years_from(1 - y, 1), granularity::year};
}

// "the 470s BC" (470 to 479 BC, years -469 back to -478) is "BC047".
period decade_before_christ_period(long long decade) {
    return {fmt::format("BC{:03}", decade / 10), years_from(1 - (decade + 9), 10), granularity::decade};
}

// "the 4th century BC" (400 to 301 BC, years -399 to -300) is "BC03", as TIMEX3 writes the 300s BC.
period century_before_christ_period(long long number) {
    return {fmt::format("BC{:02}", number - 1), years_from(1 - number * 100, 100), granularity::century};
}

period iso_week_period(date::local_days any_day_of_week) {
    const date::local_days monday = iso_week_monday(any_day_of_week);
    return {iso_week_value(monday), days_from(monday, 7), granularity::week};
}

period weekend_period(date::local_days any_day_of_week) {
    const date::local_days saturday = in_iso_week_of(any_day_of_week, date::Saturday);
    return {iso_week_value(saturday) + "-WE", days_from(saturday, 2), granularity::weekend};
}

period quarter_period(long long y, unsigned q) {
    return {fmt::format("{}-Q{}", year_value(y), q), months_from(y, 3 * q - 2, 3), granularity::quarter};
}

period half_year_period(long long y, unsigned h) {
    return {fmt::format("{}-H{}", year_value(y), h), months_from(y, 6 * h - 5, 6), granularity::half_year};
}

period season_period(long long y, season_name s) {
    // Meteorological seasons: whole months, winter named after the year it begins in.
    switch (s) {
    case season_name::spring: return {year_value(y) + "-SP", months_from(y, 3, 3), granularity::season};
    case season_name::summer: return {year_value(y) + "-SU", months_from(y, 6, 3), granularity::season};
    case season_name::fall: return {year_value(y) + "-FA", months_from(y, 9, 3), granularity::season};
    case season_name::winter:
    case season_name::none: break;
    }
    return {year_value(y) + "-WI", months_from(y, 12, 3), granularity::season};
}

period decade_period(long long first_year) {
    // "199": TIMEX3 writes a decade as the year with its last digit left out.
    return {fmt::format("{:03}", first_year / 10), years_from(first_year, 10), granularity::decade};
}

period century_period(long long first_year) {
    return {fmt::format("{:02}", first_year / 100), years_from(first_year, 100), granularity::century};
}

period millennium_period(long long first_year) {
    return {fmt::format("{}", first_year / 1000), years_from(first_year, 1000), granularity::millennium};
}

period part_of_day_period(date::local_days d, day_part p) {
    using std::chrono::hours;
    const date::local_seconds midnight{d};
    local_interval when{midnight + hours{18}, midnight + hours{30}};  // night: 18:00 to 06:00 next day
    switch (p) {
    case day_part::morning: when = {midnight + hours{6}, midnight + hours{12}}; break;
    case day_part::midday: when = {midnight + hours{11}, midnight + hours{14}}; break;
    case day_part::afternoon: when = {midnight + hours{12}, midnight + hours{18}}; break;
    case day_part::evening: when = {midnight + hours{18}, midnight + hours{24}}; break;
    case day_part::night:
    case day_part::overnight:
    case day_part::none: break;
    }
    return {part_of_day_value(d, p), when, granularity::part_of_day};
}

period hour_period(date::local_seconds t) {
    const auto begin = date::floor<std::chrono::hours>(t);
    return {hour_value(begin), {begin, begin + std::chrono::hours{1}}, granularity::hour};
}

period minute_period(date::local_seconds t) {
    const auto begin = date::floor<std::chrono::minutes>(t);
    return {minute_value(begin), {begin, begin + std::chrono::minutes{1}}, granularity::minute};
}

period second_period(date::local_seconds t) {
    return {second_value(t), {t, t + std::chrono::seconds{1}}, granularity::second};
}

}  // namespace dateline::detail
