// Recurrences: "every week" (P1W), "daily" (P1D), "annually" (P1Y), "each Monday" (XXXX-WXX-1),
// "Tuesday nights" (XXXX-WXX-2TNI), "every March" (XXXX-03), "every summer" (XXXX-SU).
// "twice a week" keeps P1W: the frequency has no field of its own in a resolution.
#include <utility>

#include <fmt/format.h>

#include "resolve_anchor.hpp"
#include "resolve_format.hpp"
#include "resolve_kinds.hpp"
#include "resolve_unit_code.hpp"

namespace dateline::detail {

namespace {

std::string with_part(std::string value, day_part p) {
    if (p != day_part::none) value += fmt::format("T{}", part_code(p));
    return value;
}

std::string_view season_code(season_name s) {
    switch (s) {
    case season_name::spring: return "SP";
    case season_name::summer: return "SU";
    case season_name::fall: return "FA";
    case season_name::winter: return "WI";
    case season_name::none: break;
    }
    return "";
}

resolution set_of(std::string value, std::string_view rule) {
    return value_only(timex_type::set, std::move(value), rule);
}

}  // namespace

resolution resolve_set(const temporal_ast& a, const resolve_context&) {
    constexpr timex_type type = timex_type::set;
    if (a.weekday) {
        if (*a.weekday > 6) return unresolved(type, "set.invalid");
        const unsigned iso = date::weekday{*a.weekday}.iso_encoding();  // Monday 1 .. Sunday 7
        return set_of(with_part(fmt::format("XXXX-WXX-{}", iso), a.part), "set.weekday");
    }
    if (a.month) {
        if (*a.month < 1 || *a.month > 12) return unresolved(type, "set.invalid");
        return set_of(fmt::format("XXXX-{:02}", *a.month), "set.month");
    }
    if (a.season != season_name::none) return set_of(fmt::format("XXXX-{}", season_code(a.season)), "set.season");
    if (a.unit == time_unit::none && a.part != day_part::none)
        return set_of(with_part("XXXX-XX-XX", a.part), "set.part_of_day");
    const std::optional<double> count = a.fuzzy_count ? std::nullopt : std::optional<double>{a.count.value_or(1.0)};
    if (const auto value = period_value(a.unit, count)) return set_of(*value, "set.period");
    return unresolved(type, a.unit == time_unit::none ? "set.unsupported" : "set.invalid");
}

}  // namespace dateline::detail
