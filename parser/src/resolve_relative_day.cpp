// "today", "yesterday", "tomorrow", "the day before yesterday": the DCT's local day plus an offset.
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

resolution resolve_relative_day(const temporal_ast& a, const resolve_context& ctx) {
    constexpr timex_type type = timex_type::date;
    const auto dct = dct_anchor(ctx);
    if (!dct) return needs_anchor(type, "relative_day.undated");
    const auto day = shift_days(dct->day, a.day_offset);
    if (!day) return unresolved_from(type, "relative_day.out_of_range", *dct);
    return anchored(day_period(*day), type, "relative_day.dct_plus_offset", *dct);
}

}  // namespace dateline::detail
