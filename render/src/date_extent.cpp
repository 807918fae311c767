#include "date_extent.hpp"

#include <chrono>

#include <fmt/format.h>

namespace dateline::render_detail {
namespace {

date_precision start_precision(granularity grain) {
    switch (grain) {
    case granularity::second: return date_precision::second;
    case granularity::minute: return date_precision::minute;
    case granularity::hour:
    case granularity::part_of_day: return date_precision::hour;
    case granularity::day:
    case granularity::weekend:
    case granularity::week: return date_precision::day;
    case granularity::month:
    case granularity::quarter:
    case granularity::season:
    case granularity::half_year: return date_precision::month;
    case granularity::year:
    case granularity::decade:
    case granularity::century:
    case granularity::millennium:
    case granularity::none: break;
    }
    return date_precision::year;
}

bool spans_several_units(granularity grain) {
    switch (grain) {
    case granularity::part_of_day:
    case granularity::weekend:
    case granularity::week:
    case granularity::quarter:
    case granularity::season:
    case granularity::half_year:
    case granularity::decade:
    case granularity::century:
    case granularity::millennium: return true;
    default: return false;
    }
}

// A clock time given to the hour keeps its minutes when they are not zero ("18:30" for an evening
// that starts at half past six).
date_point clock_point(date::local_seconds t) {
    const auto minutes = date::floor<std::chrono::minutes>(t) - date::floor<std::chrono::hours>(t);
    return {t, minutes.count() == 0 ? date_precision::hour : date_precision::minute};
}

}  // namespace

date_extent extent_of(const local_interval& when, granularity grain) {
    const date_precision precision = start_precision(grain);
    date_extent out{{when.begin, precision}, std::nullopt};
    if (grain == granularity::part_of_day) {
        out.start = clock_point(when.begin);
        out.end = clock_point(when.end);
    } else if (spans_several_units(grain) && when.end > when.begin) {
        out.end = date_point{when.end - std::chrono::seconds{1}, precision};
    }
    return out;
}

std::string iso_date(const date_point& p) {
    const auto day = date::floor<date::days>(p.at);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> hms{p.at - day};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    switch (p.precision) {
    case date_precision::year: return fmt::format("{:04}", y);
    case date_precision::month: return fmt::format("{:04}-{:02}", y, m);
    case date_precision::day: return fmt::format("{:04}-{:02}-{:02}", y, m, d);
    case date_precision::hour:
    case date_precision::minute:
        return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", y, m, d, hms.hours().count(), hms.minutes().count());
    case date_precision::second: break;
    }
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, m, d, hms.hours().count(), hms.minutes().count(),
                       hms.seconds().count());
}

}  // namespace dateline::render_detail
