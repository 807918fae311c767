// "now", "currently", "so far" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF).
// The value needs no date, so an undated document keeps it; the DCT is recorded when there is one.
// "the weeks before the shooting" (rel preceding, a unit) is the month of the happening the
// report looks back on (resolve_context::event), a season when the report dates it so; in a story
// (a history) the month of the story's time, where the happening is told.
#include "resolve_anchor.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

std::optional<resolution> before_event(const resolve_context& ctx) {
    const std::optional<reference_time>& happening = ctx.story ? ctx.story : ctx.event;
    if (!happening) return std::nullopt;
    const reference_time& e = *happening;
    const anchor_kind kind = ctx.story ? anchor_kind::story : anchor_kind::narrative;
    const anchor_point anchor{date::floor<date::days>(e.when.begin), std::nullopt, kind, e.value, e.when};
    const date::year_month_day day{anchor.day};
    // A month or coarser, or a year before Christ ("BC0480-04"), as the report wrote it.
    if (e.grain >= granularity::month || static_cast<int>(day.year()) < 1)
        return anchored(period{e.value, e.when, e.grain}, timex_type::date, "vague.before_event", anchor);
    return anchored(month_period(static_cast<int>(day.year()), static_cast<unsigned>(day.month())),
                    timex_type::date, "vague.before_event", anchor);
}

}  // namespace

resolution resolve_vague(const temporal_ast& a, const resolve_context& ctx) {
    if (a.rel == relation::preceding && a.unit != time_unit::none)
        if (auto dated = before_event(ctx)) return *dated;
    std::string_view value;
    switch (a.vague) {
    case vague_ref::present: value = "PRESENT_REF"; break;
    case vague_ref::past: value = "PAST_REF"; break;
    case vague_ref::future: value = "FUTURE_REF"; break;
    case vague_ref::none: return unresolved(timex_type::date, "vague.unknown");
    }
    const auto dct = dct_anchor(ctx);
    if (!dct) return value_only(timex_type::date, std::string{value}, "vague.reference");
    return value_only(timex_type::date, std::string{value}, "vague.reference", *dct);
}

}  // namespace dateline::detail
