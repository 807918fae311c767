// Amounts of time: "three years", "30-day", "an hour-long", "almost two weeks" (mod from the AST),
// "a few days" (PXD). A duration said as a step from the narrative time ("a day after") also
// carries the interval it points at, so the timeline can date an event from it.
#include "resolve_anchor.hpp"
#include "resolve_kinds.hpp"
#include "resolve_unit_code.hpp"

namespace dateline::detail {

resolution resolve_duration(const temporal_ast& a, const resolve_context& ctx) {
    constexpr timex_type type = timex_type::duration;
    const std::optional<double> count = a.fuzzy_count ? std::nullopt : std::optional<double>{a.count.value_or(1.0)};
    const auto value = period_value(a.unit, count);
    if (!value) return unresolved(type, a.unit == time_unit::none ? "duration.no_unit" : "duration.invalid_count");

    resolution r = value_only(type, *value, "duration.amount");
    const bool stepped = a.dir != direction::none && (a.rel == relation::preceding || a.rel == relation::following);
    if (stepped && ctx.narrative) {
        temporal_ast step = a;
        step.kind = ast_kind::offset;
        const resolution implied = resolve_offset(step, ctx);
        if (implied.when && implied.anchor == anchor_kind::narrative) {
            r.when = implied.when;
            r.grain = implied.grain;
            r.anchor = implied.anchor;
            r.anchor_value = implied.anchor_value;
            r.rule = "duration.amount_with_narrative_step";
        }
    }
    return r;
}

}  // namespace dateline::detail
