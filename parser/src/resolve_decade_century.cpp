// "the 1990s", "the '90s", "the 20th century"; without a number they are named units ("this decade").
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

resolution as_named_unit(temporal_ast a, time_unit unit, const resolve_context& ctx) {
    a.kind = ast_kind::named_unit;
    a.unit = unit;
    return resolve_named_unit(a, ctx);
}

// "the '30s" in 2025 is the 1930s: the latest such decade that has begun by the DCT's year.
long long decade_near(unsigned yy, long long dct_year) {
    return dct_year - ((dct_year - static_cast<long long>(yy)) % 100 + 100) % 100;
}

// Undated: the 2000s, 2010s and 2020s are "'00s", "'10s", "'20s"; every other decade is 19xx.
long long decade_pivot(unsigned yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

}  // namespace

resolution resolve_decade(const temporal_ast& a, const resolve_context& ctx) {
    if (!a.year) return as_named_unit(a, time_unit::decade, ctx);
    if (*a.year < 0 && *a.year >= -9990)  // "the 470s BC" (kept as -470)
        return absolute(decade_before_christ_period(-static_cast<long long>(*a.year)), date_type, "decade.before_christ");
    if (*a.year < 0 || *a.year % 10 != 0) return unresolved(date_type, "decade.invalid");
    if (!a.two_digit_year) {
        if (!writable_year(*a.year)) return unresolved(date_type, "decade.invalid");
        return absolute(decade_period(*a.year), date_type, "decade.explicit");
    }
    if (*a.year > 90) return unresolved(date_type, "decade.invalid");
    const auto yy = static_cast<unsigned>(*a.year);
    const auto dct = dct_anchor(ctx);
    if (!dct) return absolute(decade_period(decade_pivot(yy)), date_type, "decade.two_digit.pivot");
    const long long dct_year = static_cast<int>(date::year_month_day{dct->day}.year());
    const long long first = decade_near(yy, dct_year);
    if (!writable_year(first)) return unresolved_from(date_type, "decade.out_of_range", *dct);
    return anchored(decade_period(first), date_type, "decade.two_digit.latest_begun_by_dct", *dct);
}

resolution resolve_century(const temporal_ast& a, const resolve_context& ctx) {
    if (!a.number) return as_named_unit(a, time_unit::century, ctx);
    if (*a.number < 1 || *a.number > 100) return unresolved(date_type, "century.invalid");
    if (a.year && *a.year < 0)  // "the 4th century BC" (kept as -400)
        return absolute(century_before_christ_period(*a.number), date_type, "century.before_christ");
    // The 20th century is written "19": the hundred years 1900-1999.
    return absolute(century_period((static_cast<long long>(*a.number) - 1) * 100), date_type, "century.explicit");
}

}  // namespace dateline::detail
