// How TIMEX3 spells an amount of a unit in durations and sets: "P3Y", "PT1.5H", "P1WE", "PXD".
#pragma once

#include <optional>
#include <string>

#include "dateline/parser/ast.hpp"

namespace dateline::detail {

// count absent means X ("a few days" -> "PXD"); nothing for a unit TIMEX3 cannot spell or a count
// it cannot write. Fortnights are written as weeks (P2W) and half years as months (P6M).
std::optional<std::string> period_value(time_unit u, std::optional<double> count);

}  // namespace dateline::detail
