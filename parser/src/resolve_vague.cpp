// "now", "currently", "so far" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF).
// The value needs no date, so an undated document keeps it; the DCT is recorded when there is one.
// "the weeks before the shooting" (rel preceding, a unit) is the month of the happening the
// report looks back on (resolve_context::event), a season when the report dates it so.
#include "resolve_anchor.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

std::optional<resolution> before_event(const resolve_context& ctx) {
    if (!ctx.event) return std::nullopt;
    const reference_time& e = *ctx.event;
    const anchor_point anchor{date::floor<date::days>(e.when.begin), std::nullopt, anchor_kind::narrative, e.value,
                              e.when};
    if (e.grain > granularity::month) return anchored(period{e.value, e.when, e.grain}, timex_type::date,
                                                      "vague.before_event", anchor);
    const date::year_month_day day{anchor.day};
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
