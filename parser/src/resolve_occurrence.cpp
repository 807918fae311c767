#include "resolve_occurrence.hpp"

#include <chrono>

namespace dateline::detail {

namespace {

// Seconds between the interval and the DCT day; zero when they overlap.
std::chrono::seconds distance(const local_interval& when, const local_interval& dct_day) {
    if (when.end <= dct_day.begin) return dct_day.begin - when.end;
    if (when.begin >= dct_day.end) return when.begin - dct_day.end;
    return std::chrono::seconds{0};
}

}  // namespace

std::optional<period> choose_occurrence(const std::vector<period>& candidates, date::local_days dct, tense t) {
    const local_interval dct_day{date::local_seconds{dct}, date::local_seconds{dct + date::days{1}}};
    const period* best = nullptr;
    for (const period& c : candidates) {
        switch (t) {
        case tense::past:
            if (c.when.begin < dct_day.end) best = &c;  // keeps the latest
            break;
        case tense::future:
            if (!best && c.when.end > dct_day.begin) best = &c;  // keeps the earliest
            break;
        case tense::unknown:
        case tense::present:
            if (!best || distance(c.when, dct_day) < distance(best->when, dct_day)) best = &c;
            break;
        }
    }
    if (!best) return std::nullopt;
    return *best;
}

long long two_digit_year_near(unsigned yy, long long dct_year) {
    const long long lowest = dct_year - 89;
    const long long into_window = ((static_cast<long long>(yy) - lowest) % 100 + 100) % 100;
    return lowest + into_window;
}

long long two_digit_year_pivot(unsigned yy) { return yy >= 69 ? 1900 + yy : 2000 + yy; }

}  // namespace dateline::detail
