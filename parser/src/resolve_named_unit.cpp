// "this week", "last year", "next month", "the following week", "the weekend", "this decade",
// "the beginning of the year" (mod START, added by resolve()), "earlier this month".
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_unit_period.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

bool on_weekend(date::local_days d) {
    const date::weekday wd{d};
    return wd == date::Saturday || wd == date::Sunday;
}

struct weekend_choice {
    long long weeks;  // ISO weeks from the anchor's week
    std::string_view rule;
};

// Weekends by relation and tense. A weekend anchor day is its own weekend for a bare or "this"
// weekend; "last"/"next" step a whole ISO week.
weekend_choice choose_weekend(relation rel, tense t, date::local_days anchor) {
    const bool inside = on_weekend(anchor);
    switch (rel) {
    case relation::last: return {-1, "named_unit.weekend.last_iso_week"};
    case relation::next: return {1, "named_unit.weekend.next_iso_week"};
    case relation::this_:
    case relation::same: return {0, "named_unit.weekend.this_iso_week"};
    case relation::preceding: return {-1, "named_unit.weekend.preceding_ended_before"};
    case relation::following:
        return {inside ? 1 : 0, "named_unit.weekend.following_begun_after"};
    case relation::none: break;
    }
    if (inside) return {0, "named_unit.weekend.containing_anchor"};
    if (t == tense::past) return {-1, "named_unit.weekend.past_on_or_before"};
    return {0, "named_unit.weekend.on_or_after"};
}

std::string_view rule_of(relation rel, anchor_kind anchor) {
    const bool narrative = anchor == anchor_kind::narrative;
    switch (rel) {
    case relation::last: return "named_unit.last";
    case relation::next: return "named_unit.next";
    case relation::preceding: return narrative ? "named_unit.preceding_narrative" : "named_unit.preceding_dct";
    case relation::following: return narrative ? "named_unit.following_narrative" : "named_unit.following_dct";
    case relation::same: return narrative ? "named_unit.same_as_narrative" : "named_unit.this";
    case relation::this_:
    case relation::none: break;
    }
    return "named_unit.this";
}

}  // namespace

resolution resolve_named_unit(const temporal_ast& a, const resolve_context& ctx) {
    const timex_type type = a.unit == time_unit::night ? timex_type::time : date_type;
    if (a.unit == time_unit::none || a.unit == time_unit::fortnight || is_clock_unit(a.unit))
        return unresolved(type, "named_unit.unsupported_unit");
    const auto anchor = anchor_for(a.rel, ctx, a.unit);
    if (!anchor) return needs_anchor(type, "named_unit.undated");

    long long step = step_of(a.rel);
    std::string_view rule = rule_of(a.rel, anchor->kind);
    if (a.unit == time_unit::quarter && a.rel == relation::none) {
        // "the quarter" in business news is the one being reported: the last that has ended.
        step = -1;
        rule = "named_unit.quarter.last_ended";
    }
    if (a.unit == time_unit::weekend) {
        const weekend_choice w = choose_weekend(a.rel, ctx.clause_tense, anchor->day);
        step = w.weeks;
        rule = w.rule;
    }
    const auto p = calendar_unit_period(a.unit, anchor->day, step);
    if (!p) return unresolved_from(type, "named_unit.out_of_range", *anchor);
    return anchored(*p, type, rule, *anchor);
}

}  // namespace dateline::detail
