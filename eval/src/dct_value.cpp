#include "dateline/eval/dct_value.hpp"

#include <charconv>

namespace dateline {

namespace {

// Reads exactly `width` digits at the front of `s` and removes them.
std::optional<unsigned> take_digits(std::string_view& s, std::size_t width) {
    if (s.size() < width) return std::nullopt;
    unsigned n = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + width, n);
    if (ec != std::errc{} || ptr != s.data() + width) return std::nullopt;
    s.remove_prefix(width);
    return n;
}

bool take(std::string_view& s, char c) {
    if (s.empty() || s.front() != c) return false;
    s.remove_prefix(1);
    return true;
}

}  // namespace

std::optional<publication_time> parse_dct_value(std::string_view value) {
    std::string_view s = value;
    const auto year = take_digits(s, 4);
    if (!year || !take(s, '-')) return std::nullopt;
    const auto month = take_digits(s, 2);
    if (!month || !take(s, '-')) return std::nullopt;
    const auto day = take_digits(s, 2);
    if (!day) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(*year)}, date::month{*month}, date::day{*day}};
    if (!ymd.ok()) return std::nullopt;

    publication_time p{date::local_days{ymd}, std::nullopt, {}};
    if (s.empty()) return p;
    if (!take(s, 'T')) return std::nullopt;
    const auto hour = take_digits(s, 2);
    if (!hour || *hour > 23 || !take(s, ':')) return std::nullopt;
    const auto minute = take_digits(s, 2);
    if (!minute || *minute > 59) return std::nullopt;
    if (take(s, ':')) {
        const auto second = take_digits(s, 2);
        if (!second || *second > 59) return std::nullopt;
    }
    if (!s.empty()) return std::nullopt;
    p.time_of_day = std::chrono::hours{*hour} + std::chrono::minutes{*minute};
    return p;
}

}  // namespace dateline
