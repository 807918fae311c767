#include "dateline/timeline/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace dateline {

namespace {

// Paths and the values quoted in messages come from the inputs. A control character in them (a
// line break, an escape sequence) must not reach a terminal or a log: one diagnostic, one line.
std::string one_line(std::string text) {
    if (std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return text;
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) out += fmt::format("\\x{:02X}", u);
        else out += c;
    }
    return out;
}

std::string formatted(const diagnostic& d) {
    const char* level = d.level == severity::error ? "error" : "warning";
    if (d.line == 0) return fmt::format("{}: {}: {}", d.path, level, d.message);
    if (d.column == 0) return fmt::format("{}:{}: {}: {}", d.path, d.line, level, d.message);
    return fmt::format("{}:{}:{}: {}: {}", d.path, d.line, d.column, level, d.message);
}

}  // namespace

std::string format(const diagnostic& d) { return one_line(formatted(d)); }

bool has_errors(const std::vector<diagnostic>& ds) {
    return std::any_of(ds.begin(), ds.end(), [](const diagnostic& d) { return d.level == severity::error; });
}

}  // namespace dateline
