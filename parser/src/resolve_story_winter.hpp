// How a winter in a story is named: histories name a winter after the year of its January.
#pragma once

#include <optional>

#include "resolve_period.hpp"

namespace dateline::detail {

// "the winter" in a story: the one the story's time is in (January to May: the winter ending that
// year) or comes to (June to December), written with the year of its January, as histories name
// a winter ("the winter of 1777-78" is 1778-WI; after "December 1918", "the winter" is 1919-WI).
// Nothing when either year cannot be written.
std::optional<period> story_winter(const local_interval& story);

}  // namespace dateline::detail
