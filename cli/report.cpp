#include "report.hpp"

#include <cstdio>

namespace dateline::cli {

void print_diagnostics(const std::vector<diagnostic>& diagnostics) {
    for (const diagnostic& d : diagnostics) std::fprintf(stderr, "%s\n", format(d).c_str());
    std::fflush(stderr);
}

}  // namespace dateline::cli
