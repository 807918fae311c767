// The chronology as TimelineJS 3 data (the JSON format documented by Knight Lab for
// `new TL.Timeline(id, data)`): a title slide, then one slide per dated event group with
//   start_date  {year, month, day, hour, minute, second} down to what is known
//   end_date    for spans: a week, weekend, quarter, season, half year, decade, century at its
//               last day, month or year; a part of a day (the night of 23→24 Apr) at its end time
//   display_date dateline's own wording ("night of 23→24 Apr 2025")
//   text        headline (the first report's sentence, shortened) and text: every report with the
//               phrase that dates it, its source (linked), file and publication date, as HTML with
//               all input escaped (TimelineJS renders both fields as HTML)
//   group       the kind of date ("Day", "Week", ...) when the chronology mixes kinds
//   unique_id   the date's permalink id, as in the HTML page ("date-2025-04-23")
//   autolink    false: links are made here, only for http(s) URLs
// Undated reports have no place on a timeline and are left out (the title slide counts them).
// The JSON is safe to paste into a <script> element.
#pragma once

#include <string>

#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

std::string render_timelinejs(const chronology& c, const render_options& o);

}  // namespace dateline
