// Which occurrence of a yearly (or monthly) thing is meant when the year (month) is not said:
// "April 24", "summer", "the third quarter". And which century a two-digit year is in.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include <date/date.h>

#include "dateline/parser/timex.hpp"
#include "resolve_period.hpp"

namespace dateline::detail {

// Candidates in chronological order (typically the DCT's year and its two neighbours).
// future: the earliest that has not ended more than `future_tolerance` before the DCT day;
// past, present, unknown: the latest that has begun by the end of the DCT day, or no more than
// `past_tolerance` after it (tense detection is a cue, not a certainty; news mostly reports the past).
std::optional<period> choose_occurrence(const std::vector<period>& candidates, date::local_days dct, tense t,
                                        std::chrono::seconds past_tolerance = std::chrono::seconds{0},
                                        std::chrono::seconds future_tolerance = std::chrono::seconds{0});

// In a story, the candidate in the year of the story's time ("In 1944 ... in April", "On 6 June
// 1944 ... on 10 June", "In December 1944 ... in March": 1944), else the nearest one (February 29).
// On the histories of WikiWars this beats the nearest occurrence and a forward bias.
std::optional<period> in_story_year(const std::vector<period>& candidates, const local_interval& story);

// A short post without a tense cue: the candidate in the anchor's year (resolve_context::post).
bool takes_post_year(const resolve_context& ctx);

// "'98" seen from a document of dct_year: the year within [dct_year - 89, dct_year + 10].
long long two_digit_year_near(unsigned yy, long long dct_year);
// Undated: 69-99 -> 19xx, 00-68 -> 20xx (the POSIX strptime %y pivot).
long long two_digit_year_pivot(unsigned yy);

}  // namespace dateline::detail
