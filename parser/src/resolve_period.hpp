// A calendar period: its TIMEX3 value, its interval [begin, end) in local time, its granularity.
// Builders for each kind of period; callers keep years within 0000-9999 (writable_year).
#pragma once

#include <string>

#include <date/date.h>

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"

namespace dateline::detail {

struct period {
    std::string value;
    local_interval when;
    granularity grain = granularity::none;
};

period day_period(date::local_days d);
period month_period(long long y, unsigned m);             // m in 1..12
period year_period(long long y);
period year_before_christ_period(long long y);  // y in 1..9999: "BC0481"
period decade_before_christ_period(long long decade);  // 470 for "the 470s BC": "BC047"
period century_before_christ_period(long long number);  // 4 for "the 4th century BC": "BC03"
period iso_week_period(date::local_days any_day_of_week);
period weekend_period(date::local_days any_day_of_week);  // Saturday 00:00 to Monday 00:00: "2025-W17-WE"
period quarter_period(long long y, unsigned q);           // q in 1..4
period half_year_period(long long y, unsigned h);         // h in 1..2
period season_period(long long y, season_name s);         // winter y = December y to February y+1
period decade_period(long long first_year);               // 1990 -> "199"
period century_period(long long first_year);              // 1900 -> "19"
period millennium_period(long long first_year);           // 2000 -> "2"
period part_of_day_period(date::local_days d, day_part p);
period hour_period(date::local_seconds t);
period minute_period(date::local_seconds t);
period second_period(date::local_seconds t);

}  // namespace dateline::detail
