// A compact, readable form of a temporal_ast for table-driven grammar tests:
// "weekday rel=last weekday=2 part=night". Only fields that differ from their defaults appear.
#pragma once

#include <string>

#include "dateline/parser/ast.hpp"

namespace dateline::testing {

std::string summarize(const temporal_ast& ast);

}  // namespace dateline::testing
