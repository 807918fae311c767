// "now", "currently", "so far" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF).
// The value needs no date, so an undated document keeps it; the DCT is recorded when there is one.
#include "resolve_anchor.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

resolution resolve_vague(const temporal_ast& a, const resolve_context& ctx) {
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
