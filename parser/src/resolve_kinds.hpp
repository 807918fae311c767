// One resolver per kind of expression; resolve() dispatches to them, then narrows a day to the
// part of day or clock time said with it and applies the mod.
#pragma once

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"

namespace dateline::detail {

resolution resolve_calendar_date(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_decade(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_century(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_season(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_quarter(const temporal_ast& a, const resolve_context& ctx);
// A company report's period ("the year-ago quarter"): resolve_quarter hands these over.
bool names_reporting_quarter(const temporal_ast& a);
resolution resolve_reporting_quarter(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_half_year(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_relative_day(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_weekday(const temporal_ast& a, const resolve_context& ctx);
// part_of_day and time_of_day: the day they lie on ("last night" -> the DCT's previous day).
resolution resolve_day_reference(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_named_unit(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_offset(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_duration(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_set(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_vague(const temporal_ast& a, const resolve_context& ctx);
resolution resolve_holiday(const temporal_ast& a, const resolve_context& ctx);

// A resolved day narrowed to the clock time (hour/minute) or part of day the expression names.
resolution refine_within_day(const resolution& day, const temporal_ast& a, const resolve_context& ctx);

}  // namespace dateline::detail
