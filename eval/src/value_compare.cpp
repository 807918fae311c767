#include "dateline/eval/value_compare.hpp"

#include <algorithm>

namespace dateline {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "...THH:MM:00" at the end of the value.
bool ends_with_zero_seconds(std::string_view v) {
    constexpr std::string_view shape = "THH:MM:00";
    if (v.size() < shape.size()) return false;
    const std::string_view tail = v.substr(v.size() - shape.size());
    return tail[0] == 'T' && is_digit(tail[1]) && is_digit(tail[2]) && tail[3] == ':' && is_digit(tail[4]) &&
           is_digit(tail[5]) && tail.substr(6) == ":00";
}

}  // namespace

std::string normalize_timex_value(std::string_view value) {
    const auto first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    value = value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
    if (ends_with_zero_seconds(value)) value.remove_suffix(3);
    return std::string(value);
}

bool same_timex_value(std::string_view a, std::string_view b) {
    return normalize_timex_value(a) == normalize_timex_value(b);
}

}  // namespace dateline
