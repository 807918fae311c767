// Which timexes date an event, and which one anchors it (helpers of extract_events).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// A resolved calendar interval that can date a sentence: DATE/TIME values, and durations with an
// implied interval ("a day after"); not vague references (PRESENT_REF ...), sets, bare durations.
bool dates_an_event(const resolution& r);

// Index of the timex that dates the event: the finest granularity, the first one on a tie.
std::optional<std::size_t> event_anchor(const std::vector<timex>& timexes);

// Makes e.timexes[anchor] the event's anchor; when it dates an event, its interval, granularity
// and value become the event's (else the event stays undated). anchor < e.timexes.size().
void set_anchor(event& e, std::size_t anchor);

}  // namespace dateline
