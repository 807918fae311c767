// The period of a unit that contains a day (or moment), moved by n such units:
// (week, Thu 24 Apr 2025, -1) -> "2025-W16"; (month, 31 Jan 2025, 1) -> "2025-02".
// Nothing when the unit has no calendar period here or the result leaves the years 0000-9999.
#pragma once

#include <optional>

#include <date/date.h>

#include "dateline/parser/ast.hpp"
#include "resolve_period.hpp"

namespace dateline::detail {

bool is_clock_unit(time_unit u);  // second, minute, hour

// day, night, week, weekend, fortnight, month, quarter, half_year, year, decade, century, millennium
std::optional<period> calendar_unit_period(time_unit u, date::local_days day, long long n);
// second, minute, hour
std::optional<period> clock_unit_period(time_unit u, date::local_seconds t, long long n);

}  // namespace dateline::detail
