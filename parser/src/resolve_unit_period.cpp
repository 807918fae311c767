#include "resolve_unit_period.hpp"

#include <chrono>

#include "resolve_days.hpp"

namespace dateline::detail {

namespace {

// Far more units than 10,000 years hold, small enough that n * 1000 cannot overflow.
constexpr long long largest_shift = 100'000'000;

long long floor_div(long long a, long long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The year containing `day` moved by n blocks of `years` years, as the block's first year.
std::optional<long long> shifted_block(date::local_days day, long long years, long long n) {
    const long long y = static_cast<int>(date::year_month_day{day}.year());
    const long long first = (floor_div(y, years) + n) * years;
    if (!writable_year(first) || (years > 1 && first < 0)) return std::nullopt;  // decades and centuries BC are not written
    return first;
}

// Periods counted since year 0 (months: y * 12 + m - 1, quarters: y * 4 + q - 1, ...).
struct within_year {
    long long year;
    unsigned slot;  // 1-based
};

std::optional<within_year> shifted_slot(date::local_days day, unsigned per_year, long long n) {
    const date::year_month_day ymd{day};
    const long long months_per_slot = 12 / per_year;
    const long long index = static_cast<int>(ymd.year()) * static_cast<long long>(per_year) +
                            (static_cast<unsigned>(ymd.month()) - 1) / months_per_slot + n;
    const long long year = floor_div(index, per_year);
    if (!writable_year(year)) return std::nullopt;
    return within_year{year, static_cast<unsigned>(index - year * per_year) + 1};
}

}  // namespace

bool is_clock_unit(time_unit u) {
    return u == time_unit::second || u == time_unit::minute || u == time_unit::hour;
}

namespace {

std::optional<period> unit_period_unchecked(time_unit u, date::local_days day, long long n) {
    switch (u) {
    case time_unit::day:
        if (const auto d = shift_days(day, n)) return day_period(*d);
        return std::nullopt;
    case time_unit::night:
        if (const auto d = shift_days(day, n)) return part_of_day_period(*d, day_part::night);
        return std::nullopt;
    case time_unit::week:
        if (const auto d = shift_days(day, 7 * n)) return iso_week_period(*d);
        return std::nullopt;
    case time_unit::fortnight:
        if (const auto d = shift_days(day, 14 * n)) return iso_week_period(*d);
        return std::nullopt;
    case time_unit::weekend:
        if (const auto d = shift_days(day, 7 * n)) return weekend_period(*d);
        return std::nullopt;
    case time_unit::month:
        if (const auto s = shifted_slot(day, 12, n)) return month_period(s->year, s->slot);
        return std::nullopt;
    case time_unit::quarter:
        if (const auto s = shifted_slot(day, 4, n)) return quarter_period(s->year, s->slot);
        return std::nullopt;
    case time_unit::half_year:
        if (const auto s = shifted_slot(day, 2, n)) return half_year_period(s->year, s->slot);
        return std::nullopt;
    case time_unit::year:
        if (const auto y = shifted_block(day, 1, n)) return year_period(*y);
        return std::nullopt;
    case time_unit::decade:
        if (const auto y = shifted_block(day, 10, n)) return decade_period(*y);
        return std::nullopt;
    case time_unit::century:
        if (const auto y = shifted_block(day, 100, n)) return century_period(*y);
        return std::nullopt;
    case time_unit::millennium:
        if (const auto y = shifted_block(day, 1000, n)) return millennium_period(*y);
        return std::nullopt;
    case time_unit::none:
    case time_unit::second:
    case time_unit::minute:
    case time_unit::hour: break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<period> calendar_unit_period(time_unit u, date::local_days day, long long n) {
    if (n > largest_shift || n < -largest_shift || !writable_day(day)) return std::nullopt;
    auto p = unit_period_unchecked(u, day, n);
    if (!p) return p;
    // An ISO week (or its weekend) near 0000-01-01 can belong to ISO year -1.
    const date::local_days begins = date::floor<date::days>(p->when.begin);
    const bool by_iso_week = u == time_unit::week || u == time_unit::fortnight || u == time_unit::weekend;
    if (!writable_day(begins) || (by_iso_week && !writable_iso_week(begins))) return std::nullopt;
    return p;
}

std::optional<period> clock_unit_period(time_unit u, date::local_seconds t, long long n) {
    if (n > largest_shift * 1000 || n < -largest_shift * 1000) return std::nullopt;
    using std::chrono::seconds;
    switch (u) {
    case time_unit::hour: t += seconds{n * 3600}; break;
    case time_unit::minute: t += seconds{n * 60}; break;
    case time_unit::second: t += seconds{n}; break;
    default: return std::nullopt;
    }
    if (!writable_day(date::floor<date::days>(t))) return std::nullopt;
    switch (u) {
    case time_unit::hour: return hour_period(t);
    case time_unit::minute: return minute_period(t);
    default: return second_period(t);
    }
}

}  // namespace dateline::detail
