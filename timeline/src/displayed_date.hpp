// The day a page shows its reader can differ from the day its metadata names: a UTC timestamp
// of an evening in America is the next day in UTC, and a page that shows only "Updated March
// 14" was read by its readers as of that day. These functions tell the day shown.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "dateline/parser/timex.hpp"

namespace dateline::detail {

// When `utc` is a UTC time and the page shows a clock time without a zone that is the same
// minute of the quarter hour a whole number of quarter hours (at most 14 hours) away, the local time the page shows:
// "2023-11-09T01:09Z" in the metadata and <time datetime="2023-11-08 18:09:55"> in the byline.
std::optional<publication_time> shown_local_time(const publication_time& utc,
                                                 const std::vector<publication_time>& shown_clock_times);

// True when `visible_text` writes the day `day` anywhere ("March 14, 2021", "14.03.2021").
bool shows_day(std::string_view visible_text, date::local_days day);

}  // namespace dateline::detail
