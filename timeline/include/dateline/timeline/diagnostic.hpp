// Errors and warnings are values: a path, a position, a reason. Formatted like a compiler's:
// "input.txt:3:14: error: expected a date after \"published:\"".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dateline {

enum class severity : std::uint8_t { warning, error };

struct diagnostic {
    severity level = severity::error;
    std::string path;
    std::size_t line = 0;    // 1-based; 0 when the problem is the whole file
    std::size_t column = 0;  // 1-based; 0 when not known
    std::string message;

    friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

// "path:line:column: error: message" (line/column left out when 0). Always one line: control
// characters in the path or message (from the inputs) are written as \xHH.
std::string format(const diagnostic& d);

bool has_errors(const std::vector<diagnostic>& ds);

}  // namespace dateline
