#include "resolve_format.hpp"

#include <cmath>

#include <date/iso_week.h>
#include <fmt/format.h>

namespace dateline::detail {

// Year 0 is written "0000" as ISO 8601 does; before it, TIMEX3's "BC" years (year -480 is 481 BC).
std::string year_value(long long y) { return y < 0 ? fmt::format("BC{:04}", 1 - y) : fmt::format("{:04}", y); }

// Years BC take a second format; the common years keep one (resolution is on the tagging path).
std::string month_value(long long y, unsigned m) {
    return y < 0 ? fmt::format("{}-{:02}", year_value(y), m) : fmt::format("{:04}-{:02}", y, m);
}

std::string day_value(date::local_days d) {
    const date::year_month_day ymd{d};
    const int y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    const auto dd = static_cast<unsigned>(ymd.day());
    return y < 0 ? fmt::format("{}-{:02}-{:02}", year_value(y), m, dd) : fmt::format("{:04}-{:02}-{:02}", y, m, dd);
}

std::string iso_week_value(date::local_days d) {
    const iso_week::year_weeknum_weekday w{d};
    return fmt::format("{}-W{:02}", year_value(static_cast<int>(w.year())), static_cast<unsigned>(w.weeknum()));
}

std::string part_of_day_value(date::local_days d, day_part p) {
    return fmt::format("{}T{}", day_value(d), part_code(p));
}

namespace {
struct clock_fields {
    date::local_days day;
    date::hh_mm_ss<std::chrono::seconds> time;
};

clock_fields split(date::local_seconds t) {
    const auto day = date::floor<date::days>(t);
    return {day, date::hh_mm_ss<std::chrono::seconds>{t - day}};
}
}  // namespace

std::string hour_value(date::local_seconds t) {
    const auto [day, time] = split(t);
    return fmt::format("{}T{:02}", day_value(day), time.hours().count());
}

std::string minute_value(date::local_seconds t) {
    const auto [day, time] = split(t);
    return fmt::format("{}T{:02}:{:02}", day_value(day), time.hours().count(), time.minutes().count());
}

std::string second_value(date::local_seconds t) {
    const auto [day, time] = split(t);
    return fmt::format("{}T{:02}:{:02}:{:02}", day_value(day), time.hours().count(), time.minutes().count(),
                       time.seconds().count());
}

std::string_view part_code(day_part p) {
    switch (p) {
    case day_part::morning: return "MO";
    case day_part::midday: return "MI";
    case day_part::afternoon: return "AF";
    case day_part::evening: return "EV";
    case day_part::night:
    case day_part::overnight: return "NI";
    case day_part::none: return "";
    }
    return "";
}

std::string_view mod_value(point_mod m) {
    switch (m) {
    case point_mod::none: return "";
    case point_mod::start: return "START";
    case point_mod::mid: return "MID";
    case point_mod::end: return "END";
    case point_mod::approx: return "APPROX";
    case point_mod::less_than: return "LESS_THAN";
    case point_mod::more_than: return "MORE_THAN";
    case point_mod::equal_or_less: return "EQUAL_OR_LESS";
    case point_mod::equal_or_more: return "EQUAL_OR_MORE";
    case point_mod::on_or_after: return "ON_OR_AFTER";
    case point_mod::on_or_before: return "ON_OR_BEFORE";
    case point_mod::before: return "BEFORE";
    case point_mod::after: return "AFTER";
    }
    return "";
}

std::string count_value(double count) {
    constexpr double largest = 1e15;  // every integer up to here is exact in a double
    if (!std::isfinite(count) || count < 0 || count > largest) return {};
    if (count == std::floor(count)) return fmt::format("{}", static_cast<long long>(count));
    std::string out = fmt::format("{}", count);  // shortest form that reads back: "1.5"
    if (out.find_first_of("eE") != std::string::npos) return {};
    return out;
}

}  // namespace dateline::detail
