// The point relative expressions are counted from (the DCT or the narrative time), and the
// resolution builders that record it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"
#include "resolve_period.hpp"

namespace dateline::detail {

struct anchor_point {
    date::local_days day;
    std::optional<std::chrono::seconds> time_of_day;  // known only for clock-precise anchors
    anchor_kind kind = anchor_kind::dct;
    std::string value;  // its TIMEX3 value, for anchor_value
    local_interval span{};  // the whole anchor at its granularity (a story's "1944", "June 1944")

    // The anchor as a moment; a day without a known time counts as its start.
    date::local_seconds moment() const;
};

// Nothing when the document is undated (or its date cannot be written as TIMEX3).
std::optional<anchor_point> dct_anchor(const resolve_context& ctx);
std::optional<anchor_point> narrative_anchor(const resolve_context& ctx);
std::optional<anchor_point> story_anchor(const resolve_context& ctx);

bool is_narrative_relation(relation r);  // preceding, following, same

// The narrative time for preceding/following/same when there is one, else (for those and for
// bare expressions) the story's time in a narrative, else the DCT. A step of a month or more ("that year", "the following month") counts
// from the last date mentioned at any granularity, a finer one from the last day or time.
std::optional<anchor_point> anchor_for(relation r, const resolve_context& ctx, time_unit step = time_unit::none);

// One step back for last/preceding, forward for next/following, none otherwise.
long long step_of(relation r);

// The year a relation names with "year": "last year", "next year" (the DCT's, stepped), "that
// year", "the following year" (the last date mentioned's, stepped); and the point it counts from.
struct related_year {
    long long year;
    anchor_point anchor;
};
std::optional<related_year> year_named_by(relation r, const resolve_context& ctx);

// Resolutions: from a period (absolute or anchored), or unresolved with the rule that says why.
resolution absolute(const period& p, timex_type type, std::string_view rule);
resolution anchored(const period& p, timex_type type, std::string_view rule, const anchor_point& a);
resolution unresolved(timex_type type, std::string_view rule, anchor_kind anchor = anchor_kind::none);
resolution needs_anchor(timex_type type, std::string_view rule);  // anchor missing: undated
resolution unresolved_from(timex_type type, std::string_view rule, const anchor_point& a);  // anchor known, value not
// A value with no calendar interval: durations, sets, PRESENT_REF/PAST_REF/FUTURE_REF.
resolution value_only(timex_type type, std::string value, std::string_view rule);
resolution value_only(timex_type type, std::string value, std::string_view rule, const anchor_point& a);

}  // namespace dateline::detail
