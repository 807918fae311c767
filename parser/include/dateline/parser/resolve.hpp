// Turns what was said (temporal_ast) into a TIMEX3 value and a calendar interval, given the
// publication time, the narrative reference time and the tense. Never looks at text, never reads
// the clock: the same inputs give the same result.
#pragma once

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"

namespace dateline {

resolution resolve(const temporal_ast& ast, const resolve_context& ctx);

}  // namespace dateline
