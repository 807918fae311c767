// Where an event group's date starts and ends, at the precision that is known, for the outputs
// that take dates as fields or ISO 8601 strings (TimelineJS, schema.org JSON-LD).
#pragma once

#include <optional>
#include <string>

#include <date/date.h>

#include "dateline/parser/timex.hpp"

namespace dateline::render_detail {

enum class date_precision { year, month, day, hour, minute, second };

struct date_point {
    date::local_seconds at;
    date_precision precision = date_precision::day;
};

struct date_extent {
    date_point start;
    // Spans of days or longer end at their last unit, inclusive (a week at its Sunday, a quarter at
    // its third month, a decade at its tenth year); a part of a day ends at its end instant (the
    // night of 23→24 Apr at 06:00 on the 24th). Absent for a single day, month, year or clock time.
    std::optional<date_point> end;
};

date_extent extent_of(const local_interval& when, granularity grain);

// ISO 8601 at the point's precision: "2025", "2025-04", "2025-04-23", "2025-04-23T18:00",
// "2025-04-23T18:00:05" (an hour is written with its minutes).
std::string iso_date(const date_point& p);

}  // namespace dateline::render_detail
