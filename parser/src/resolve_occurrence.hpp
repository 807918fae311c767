// Which occurrence of a yearly (or monthly) thing is meant when the year (month) is not said:
// "April 24", "summer", "the third quarter". And which century a two-digit year is in.
#pragma once

#include <optional>
#include <vector>

#include <date/date.h>

#include "dateline/parser/timex.hpp"
#include "resolve_period.hpp"

namespace dateline::detail {

// Candidates in chronological order (typically the DCT's year and its two neighbours).
// past: the latest that has begun by the end of the DCT day (nothing after the DCT);
// future: the earliest that has not ended before the DCT day (nothing before the DCT);
// unknown/present: the one nearest the DCT day, the earlier on a tie (news mostly reports the past).
std::optional<period> choose_occurrence(const std::vector<period>& candidates, date::local_days dct, tense t);

// "'98" seen from a document of dct_year: the year within [dct_year - 89, dct_year + 10].
long long two_digit_year_near(unsigned yy, long long dct_year);
// Undated: 69-99 -> 19xx, 00-68 -> 20xx (the POSIX strptime %y pivot).
long long two_digit_year_pivot(unsigned yy);

}  // namespace dateline::detail
