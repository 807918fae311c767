// Merging reports of one happening across documents, and ordering the merged groups.
//
// Two events are reports of one happening when they have the same date (interval and
// granularity) and similar wording: the Dice overlap of their content words (lowercased, stop
// words dropped, cut to their first five letters so that "Russia"/"Russian" and
// "attack"/"attacked" meet) reaches a threshold that depends on the granularity. The groups are
// the connected components of that relation (single linkage), so the result does not depend on
// the order in which events are compared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// Content words of a text: sorted, unique, lowercased, stop words dropped, cut to five letters.
std::vector<std::string> content_words(std::string_view text);

// 2|A n B| / (|A| + |B|) over sorted unique word lists; 0 when both are empty.
double dice(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The least Dice overlap for two reports of the same date to be merged. A night holds few
// happenings, a day several, a year very many: the coarser the date, the closer the wording
// must be. Values chosen on the seeds (see merge_events.cpp).
double merge_threshold(granularity g);

// Same interval and granularity (undated events never match).
bool same_date(const event& a, const event& b);

// Whether a and b may be merged: same date, not the same sentence, wording close enough.
bool reports_same_happening(const event& a, const event& b);

// Groups of dated events; each group's reports are in source order (document, sentence), the
// groups in the source order of their first report. Undated events are left out. The wording is
// compared on up to `threads` threads; the groups are the same for any number.
std::vector<event_group> merge_events(std::vector<event> events, unsigned threads = 1);

// merge_events() over the events of each document as a build extracts them, each event moved
// once, straight into its group.
std::vector<event_group> merge_document_events(std::vector<std::vector<event>> events_of, unsigned threads = 1);

// Orders groups by interval start, then granularity (finer first), then the source order of
// their first report. Stable.
void order_groups(std::vector<event_group>& groups);

}  // namespace dateline
