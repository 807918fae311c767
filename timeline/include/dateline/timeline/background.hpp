// Background: what a chronology shows apart, after the story itself. A coarse date (a year, a
// decade, a century) says when something stood, not what happened that day ("since 1989", "the
// 1990s"); a date long before the first publication of the corpus is history recalled ("the war,
// which began in February 2022"). Such groups are marked, not dropped: Markdown and HTML show
// them in a "Background" section at the end, JSON marks them.
#pragma once

#include <optional>

#include <date/date.h>

#include "dateline/timeline/event.hpp"

namespace dateline {

// How long before the corpus's first publication day a date must end to be background.
inline constexpr date::days background_before{180};

// Whether g is background in a corpus whose first publication day is `first_published`
// (absent when no document is dated: then only coarseness counts).
bool is_background(const event_group& g, std::optional<date::local_days> first_published);

// The earliest publication day of the dated documents.
std::optional<date::local_days> first_publication_day(const chronology& c);

// Sets every dated group's background flag.
void mark_background(chronology& c);

// The days a chronology is restricted to (`--from`, `--to`, both inclusive; either may be open).
struct date_window {
    std::optional<date::local_days> from;
    std::optional<date::local_days> to;
};

// Keeps the dated groups whose interval begins within the window; the rest are removed, and the
// disagreements none of whose dates lie within it.
void restrict_to_window(chronology& c, const date_window& w);

}  // namespace dateline
