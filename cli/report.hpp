// Diagnostics to standard error, one per line, formatted by dateline::format.
#pragma once

#include <vector>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline::cli {

void print_diagnostics(const std::vector<diagnostic>& diagnostics);

}  // namespace dateline::cli
