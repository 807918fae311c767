#include "dateline/parser/resolve.hpp"

#include "post_spelling.hpp"
#include "resolve_anchor.hpp"
#include "resolve_format.hpp"
#include "resolve_kinds.hpp"

namespace dateline {

namespace {

resolution resolve_kind(const temporal_ast& a, const resolve_context& ctx) {
    using namespace detail;
    switch (a.kind) {
    case ast_kind::calendar_date: return resolve_calendar_date(a, ctx);
    case ast_kind::decade: return resolve_decade(a, ctx);
    case ast_kind::century: return resolve_century(a, ctx);
    case ast_kind::season: return resolve_season(a, ctx);
    case ast_kind::quarter: return resolve_quarter(a, ctx);
    case ast_kind::half_year: return resolve_half_year(a, ctx);
    case ast_kind::relative_day: return resolve_relative_day(a, ctx);
    case ast_kind::weekday: return resolve_weekday(a, ctx);
    case ast_kind::named_unit: return resolve_named_unit(a, ctx);
    case ast_kind::offset: return resolve_offset(a, ctx);
    case ast_kind::part_of_day:
    case ast_kind::time_of_day: return resolve_day_reference(a, ctx);
    case ast_kind::duration: return resolve_duration(a, ctx);
    case ast_kind::set: return resolve_set(a, ctx);
    case ast_kind::vague: return resolve_vague(a, ctx);
    case ast_kind::holiday: return resolve_holiday(a, ctx);
    }
    return detail::unresolved(timex_type::date, "kind.unknown");
}

// "Tuesday evening", "yesterday at 10:35", "tonight": a day reference that also names a time.
bool names_time_within_day(const temporal_ast& a) {
    const bool point_in_time = a.kind != ast_kind::duration && a.kind != ast_kind::set && a.kind != ast_kind::vague;
    return point_in_time && (a.hour || a.part != day_part::none);
}

}  // namespace

resolution resolve(const temporal_ast& ast, const resolve_context& ctx) {
    resolution r = resolve_kind(ast, ctx);
    if (names_time_within_day(ast)) {
        if (r.resolved() && r.type == timex_type::date && r.grain == granularity::day)
            r = detail::refine_within_day(r, ast, ctx);
        else if (!r.resolved())
            r.type = timex_type::time;
    }
    r.mod = std::string{detail::mod_value(ast.mod)};
    if (ctx.post) return detail::spell_for_posts(std::move(r), ast, ctx);
    return r;
}

}  // namespace dateline
