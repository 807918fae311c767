// How short informal posts mean some of the grammar's matches, as the tweet gold annotates them:
//   a countdown of several units    "2 more days", "3 more hours" -> PXD, PTXH ("1 more day" stays P1D)
//   "these days"                    a span of days (PXD), not the present
// News keeps the grammar's reading.
#pragma once

#include <string_view>

#include "dateline/parser/ast.hpp"

namespace dateline::detail {

// `match` is the matched text, folded to lowercase ASCII.
void reread_for_posts(temporal_ast& ast, std::string_view match);

}  // namespace dateline::detail
