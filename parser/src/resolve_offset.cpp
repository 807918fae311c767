// Counted steps from the DCT or the narrative time: "two days ago", "in two weeks", "three weeks
// later", "a day after", "the day before", "the next day", "a few years ago" (PAST_REF).
#include <cmath>

#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_unit_period.hpp"

namespace dateline::detail {

namespace {

direction effective_direction(const temporal_ast& a) {
    if (a.dir != direction::none) return a.dir;
    switch (a.rel) {
    case relation::last:
    case relation::preceding: return direction::backward;
    case relation::next:
    case relation::following: return direction::forward;
    case relation::this_:
    case relation::same:
    case relation::none: break;
    }
    return direction::none;
}

std::string_view rule_of(anchor_kind anchor, direction dir, relation rel) {
    if (dir == direction::none)
        return anchor == anchor_kind::narrative ? "offset.narrative_itself" : "offset.dct_itself";
    const bool back = dir == direction::backward;
    if (anchor == anchor_kind::narrative) return back ? "offset.narrative_backward" : "offset.narrative_forward";
    if (is_narrative_relation(rel))
        return back ? "offset.no_narrative_dct_backward" : "offset.no_narrative_dct_forward";
    return back ? "offset.dct_backward" : "offset.dct_forward";
}

}  // namespace

resolution resolve_offset(const temporal_ast& a, const resolve_context& ctx) {
    const timex_type type = is_clock_unit(a.unit) || a.unit == time_unit::night ? timex_type::time : timex_type::date;
    if (a.unit == time_unit::none) return unresolved(type, "offset.no_unit");
    // "that day", "the same week": no step at all, the anchor's own period.
    const bool in_place = a.rel == relation::same || (a.count && *a.count == 0 && !a.fuzzy_count);
    const direction dir = in_place ? direction::none : effective_direction(a);
    if (dir == direction::none && !in_place) return unresolved(type, "offset.no_direction");
    // "two years ago", "in three weeks" count from the writer's now, even in a story.
    const auto anchor = a.rel == relation::none ? dct_anchor(ctx) : anchor_for(a.rel, ctx, a.unit);
    if (!anchor) return needs_anchor(type, "offset.undated");

    if (a.fuzzy_count && !in_place) {
        const char* vague = dir == direction::backward ? "PAST_REF" : "FUTURE_REF";
        return value_only(timex_type::date, vague, "offset.fuzzy_count", *anchor);
    }
    const double count = in_place ? 0.0 : a.count.value_or(1.0);
    if (!std::isfinite(count) || count < 0) return unresolved_from(type, "offset.invalid_count", *anchor);
    if (count != std::floor(count)) return unresolved_from(type, "offset.fractional_count", *anchor);
    if (count > 1e12) return unresolved_from(type, "offset.out_of_range", *anchor);
    const long long n = static_cast<long long>(count) * (dir == direction::backward ? -1 : 1);

    if (a.unit == time_unit::year && dir == direction::backward && ctx.reported_quarter) {
        const date::year_month_day first{date::floor<date::days>(ctx.reported_quarter->when.begin)};
        const unsigned q = (static_cast<unsigned>(first.month()) - 1) / 3 + 1;
        const long long y = static_cast<int>(first.year()) + n;
        if (!writable_year(y)) return unresolved_from(type, "offset.out_of_range", *anchor);
        resolution r = anchored(quarter_period(y, q), type, "offset.year_before_reported_quarter", *anchor);
        r.anchor = anchor_kind::narrative;
        r.anchor_value = ctx.reported_quarter->value;
        return r;
    }
    std::optional<period> p;
    if (is_clock_unit(a.unit)) {
        if (!anchor->time_of_day) return unresolved_from(type, "offset.clock_unit_needs_anchor_time", *anchor);
        p = clock_unit_period(a.unit, anchor->moment(), n);
    } else {
        p = calendar_unit_period(a.unit, anchor->day, n);
    }
    if (!p) return unresolved_from(type, "offset.out_of_range", *anchor);
    return anchored(*p, type, rule_of(anchor->kind, dir, a.rel), *anchor);
}

}  // namespace dateline::detail
