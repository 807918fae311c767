// TIMEX3 value strings: dates, months, ISO weeks, clock times, duration and mod spellings.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include <date/date.h>

#include "dateline/parser/ast.hpp"

namespace dateline::detail {

std::string year_value(long long y);                  // "2025"; year -480 (481 BC) "BC0481"
std::string month_value(long long y, unsigned m);     // "2025-04"
std::string day_value(date::local_days d);            // "2025-04-24"
std::string iso_week_value(date::local_days d);       // "2025-W01" for 30 Dec 2024 (ISO year)
std::string part_of_day_value(date::local_days d, day_part p);  // "2025-04-23TNI"
std::string hour_value(date::local_seconds t);        // "2025-04-24T10"
std::string minute_value(date::local_seconds t);      // "2025-04-24T10:35"
std::string second_value(date::local_seconds t);      // "2025-04-24T10:35:20"

std::string_view part_code(day_part p);  // "MO", "MI", "AF", "EV", "NI" (overnight = NI); "" for none
std::string_view mod_value(point_mod m);  // "APPROX", "START", ...; "" for none

// A count as TIMEX3 writes it: "3", "1.5"; empty when it cannot be written plainly
// (negative, not finite, absurdly large or small).
std::string count_value(double count);

}  // namespace dateline::detail
