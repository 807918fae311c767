// Hand-made chronologies for the writers' tests, built without the parser or the timeline so
// that the writers can be tested on exact, known values.
#pragma once

#include <string>
#include <string_view>

#include "dateline/timeline/event.hpp"

namespace dateline::test {

// 2025-04-24 (and an optional "HH:MM") as a local day / time.
date::local_days day(int y, unsigned m, unsigned d);
date::local_seconds at(int y, unsigned m, unsigned d, int hour, int minute = 0);

// A timex for the first occurrence of `phrase` at or after `from` in `doc.content`.
timex make_timex(const document& doc, std::string_view phrase, std::string value, granularity grain,
                 std::optional<local_interval> when, std::string_view rule, anchor_kind anchor,
                 std::string anchor_value, timex_type type = timex_type::date, std::size_t from = 0);

// An event for the sentence `sentence` of `doc`, dated by its only timex.
event make_event(std::size_t doc_index, const document& doc, std::size_t sentence_index, std::string_view sentence,
                 timex t);

// `doc` (published 2025-04-24, its content saying "Friday") reporting `sentence` as one event on
// Friday 25 April 2025; with `undated_copy`, also the same report from an undated copy of `doc`,
// its timex left without a value.
chronology friday_report(const document& doc, std::string_view sentence, bool undated_copy);

// Three documents: a.txt (2025-04-24, front matter, Kyiv Daily, https URL), b.txt (2025-04-25,
// manifest, Evening Post, no URL), c.txt (undated, Wire). Dated: "this week" (2025-W17); one
// event on Wednesday 2025-04-23 reported by a.txt and b.txt; "last night" (2025-04-23TNI).
// Undated: "Friday" in c.txt. One warning diagnostic.
chronology sample_chronology();

}  // namespace dateline::test
