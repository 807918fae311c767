// Narrows a resolved day to the clock time or part of day said with it ("Tuesday evening",
// "yesterday at 10:35", "tonight"), and keeps a past-tense report from landing after the DCT.
#include <chrono>

#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_format.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

bool is_night(day_part p) { return p == day_part::night || p == day_part::overnight; }

// A past-tense report whose part of day or clock time on the DCT day has not begun by the
// publication moves back. Without a publication time the article is taken as published in the
// daytime: only a night moves ("Thursday night" in a Thursday article is the night into
// Thursday). Explicit "this"/"tonight"/"today" and narrative-anchored days never move.
bool moves_back(const resolution& day, date::local_days d, date::local_seconds begins, const temporal_ast& a,
                const resolve_context& ctx) {
    if (ctx.clause_tense != tense::past || day.anchor != anchor_kind::dct) return false;
    if (a.rel == relation::this_ || a.kind == ast_kind::relative_day) return false;
    // "9 a.m. Tuesday" in a Tuesday wire dated 08:00: wire times are when a version was filed, not
    // when the story was known; a week back is a worse guess than the day itself. Nights still move.
    if (a.weekday && !(is_night(a.part) && !a.hour)) return false;
    const auto dct = dct_anchor(ctx);
    if (!dct || d != dct->day) return false;
    if (dct->time_of_day) return begins > dct->moment();
    return !a.hour && is_night(a.part);
}


resolution keep_anchor(const resolution& day, const period& p, std::string_view rule) {
    resolution r = absolute(p, timex_type::time, rule);
    r.anchor = day.anchor;
    r.anchor_value = day.anchor_value;
    return r;
}

resolution unresolved_keeping_anchor(const resolution& day, std::string_view rule) {
    resolution r = unresolved(timex_type::time, rule, day.anchor);
    r.anchor_value = day.anchor_value;
    return r;
}

// "midnight Friday" is the end of Friday (TIMEX3 "T24"); "midnight" alone the start of the day.
bool names_its_day(const temporal_ast& a) {
    return a.weekday || a.month || a.day || a.day_offset != 0 || a.rel != relation::none;
}

resolution end_of_day(const resolution& day, date::local_days d) {
    const date::local_seconds end{d + date::days{1}};
    return keep_anchor(day, period{day_value(d) + "T24", {end, end + std::chrono::minutes{1}}, granularity::minute},
                       "time_of_day.midnight_ending_the_day");
}

}  // namespace

resolution refine_within_day(const resolution& day, const temporal_ast& a, const resolve_context& ctx) {
    const date::local_days d = date::floor<date::days>(day.when->begin);
    if (a.hour == 24u && a.minute.value_or(0) == 0) {
        if (names_its_day(a)) return end_of_day(day, d);
        temporal_ast at_start = a;
        at_start.hour = 0;
        return refine_within_day(day, at_start, ctx);
    }
    const bool clock = a.hour.has_value();
    if (clock && (*a.hour > 23 || a.minute.value_or(0) > 59))
        return unresolved_keeping_anchor(day, "time_of_day.invalid");
    const auto time_of_day = std::chrono::hours{a.hour.value_or(0)} + std::chrono::minutes{a.minute.value_or(0)};
    auto build = [&](date::local_days on) {
        return clock ? minute_period(date::local_seconds{on} + time_of_day) : part_of_day_period(on, a.part);
    };
    period p = build(d);
    std::string_view rule = day.rule;
    if (moves_back(day, d, p.when.begin, a, ctx)) {
        const auto earlier = shift_days(d, -1);
        if (!earlier)
            return unresolved_keeping_anchor(day, clock ? "time_of_day.out_of_range" : "part_of_day.out_of_range");
        p = build(*earlier);
        rule = clock ? "time_of_day.past_not_after_dct" : "part_of_day.past_not_after_dct";
    }
    return keep_anchor(day, p, rule);
}

}  // namespace dateline::detail
