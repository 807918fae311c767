#include "dateline/timeline/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace dateline {

std::string format(const diagnostic& d) {
    const char* level = d.level == severity::error ? "error" : "warning";
    if (d.line == 0) return fmt::format("{}: {}: {}", d.path, level, d.message);
    if (d.column == 0) return fmt::format("{}:{}: {}: {}", d.path, d.line, level, d.message);
    return fmt::format("{}:{}:{}: {}: {}", d.path, d.line, d.column, level, d.message);
}

bool has_errors(const std::vector<diagnostic>& ds) {
    return std::any_of(ds.begin(), ds.end(), [](const diagnostic& d) { return d.level == severity::error; });
}

}  // namespace dateline
