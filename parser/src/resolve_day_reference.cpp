// The day a part of day or a clock time lies on: "last night", "tonight", "this morning",
// "overnight", "that night", "Thursday night", "10:35 a.m.", "5 p.m. Tuesday".
// The part or the time itself is added afterwards by refine_within_day.
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

struct day_rules {
    std::string_view undated, out_of_range, on_dct_day, previous_day, next_day, narrative_day, after_anchor,
        before_anchor, within_anchor_day, overnight_past, overnight_future;
};

constexpr day_rules part_rules{"part_of_day.undated", "part_of_day.out_of_range", "part_of_day.on_dct_day",
                               "part_of_day.last_is_dct_previous_day", "part_of_day.next_is_dct_next_day",
                               "part_of_day.narrative_day", "part_of_day.day_after_anchor",
                               "part_of_day.day_before_anchor", "part_of_day.within_anchor_day",
                               "part_of_day.overnight_past_before_dct",
                               "part_of_day.overnight_future_dct_night"};
constexpr day_rules clock_rules{"time_of_day.undated", "time_of_day.out_of_range", "time_of_day.on_dct_day",
                                "time_of_day.last_is_dct_previous_day", "time_of_day.next_is_dct_next_day",
                                "time_of_day.narrative_day", "time_of_day.day_after_anchor",
                                "time_of_day.day_before_anchor", "time_of_day.within_anchor_day",
                                "time_of_day.overnight_past_before_dct",
                                "time_of_day.overnight_future_dct_night"};

}  // namespace

resolution resolve_day_reference(const temporal_ast& a, const resolve_context& ctx) {
    // A day said explicitly decides: "the night of April 23", "Thursday night", "yesterday morning".
    if (a.year || a.month || a.day) return resolve_calendar_date(a, ctx);
    if (a.weekday) return resolve_weekday(a, ctx);
    if (a.day_offset != 0) return resolve_relative_day(a, ctx);

    const day_rules& rules = a.kind == ast_kind::time_of_day ? clock_rules : part_rules;
    constexpr timex_type type = timex_type::date;  // becomes TIME once the part or time is added
    // A bare clock time ("at 10 p.m.") is on the day the narrative is at, when there is one.
    const bool bare_clock = a.kind == ast_kind::time_of_day && a.rel == relation::none;
    const auto anchor = anchor_for(bare_clock ? relation::same : a.rel, ctx);
    if (!anchor) return needs_anchor(type, rules.undated);

    long long shift = 0;
    std::string_view rule = rules.on_dct_day;
    // Nothing to step over: "earlier today", "later that day" stay within the anchor's day.
    const bool within_day = a.part == day_part::none && !a.hour;
    switch (a.rel) {
    case relation::same: rule = anchor->kind == anchor_kind::narrative ? rules.narrative_day : rules.on_dct_day; break;
    case relation::following:
        shift = within_day ? 0 : 1;
        rule = within_day ? rules.within_anchor_day : rules.after_anchor;
        break;
    case relation::preceding:
        shift = within_day ? 0 : -1;
        rule = within_day ? rules.within_anchor_day : rules.before_anchor;
        break;
    case relation::last: shift = -1, rule = rules.previous_day; break;
    case relation::next: shift = 1, rule = rules.next_day; break;
    case relation::none:
        if (anchor->kind == anchor_kind::narrative) rule = rules.narrative_day;
        [[fallthrough]];
    case relation::this_:
        // "overnight": the night just past, unless the clause looks ahead.
        if (a.part == day_part::overnight) {
            const bool ahead = ctx.clause_tense == tense::future;
            shift = ahead ? 0 : -1;
            rule = ahead ? rules.overnight_future : rules.overnight_past;
        }
        break;
    }
    const auto day = shift_days(anchor->day, shift);
    if (!day) return unresolved_from(type, rules.out_of_range, *anchor);
    return anchored(day_period(*day), type, rule, *anchor);
}

}  // namespace dateline::detail
