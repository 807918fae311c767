#include "dateline/render/date_display.hpp"

#include <array>
#include <chrono>

#include <date/iso_week.h>
#include <fmt/format.h>

namespace dateline {
namespace {

constexpr std::array<std::string_view, 7> weekday_abbrev = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> month_abbrev = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 12> month_name = {"January", "February", "March",     "April",
                                                         "May",     "June",     "July",      "August",
                                                         "September", "October", "November", "December"};

int year_of(const date::year_month_day& ymd) { return static_cast<int>(ymd.year()); }
unsigned month_of(const date::year_month_day& ymd) { return static_cast<unsigned>(ymd.month()); }
unsigned day_of(const date::year_month_day& ymd) { return static_cast<unsigned>(ymd.day()); }

std::string iso_day(const date::year_month_day& ymd) {
    return fmt::format("{:04}-{:02}-{:02}", year_of(ymd), month_of(ymd), day_of(ymd));
}

bool is_utc_offset(std::string_view zone) {
    const auto digit = [&](std::size_t i) { return zone[i] >= '0' && zone[i] <= '9'; };
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digit(1) && digit(2) && zone[3] == ':' &&
           digit(4) && digit(5);
}

std::string_view abbrev(const date::year_month_day& ymd) { return month_abbrev[month_of(ymd) - 1]; }

date::local_days first_day(const local_interval& when) { return date::floor<date::days>(when.begin); }

// The last day touched by [begin, end): the day before `end` when `end` is a midnight.
date::local_days last_day(const local_interval& when) {
    if (when.end <= when.begin) return first_day(when);
    return date::floor<date::days>(when.end - std::chrono::seconds{1});
}

std::string ordinal(int n) {
    const int last_two = n % 100;
    const int last = n % 10;
    const char* suffix = "th";
    if (last_two < 11 || last_two > 13) {
        if (last == 1) suffix = "st";
        else if (last == 2) suffix = "nd";
        else if (last == 3) suffix = "rd";
    }
    return fmt::format("{}{}", n, suffix);
}

// The two letters after "T" in "2025-04-23TNI", or after the last '-' in "2025-SP".
std::string_view suffix_code(std::string_view value, char introducer) {
    const auto at = value.rfind(introducer);
    if (at == std::string_view::npos || value.size() - at != 3) return {};
    return value.substr(at + 1);
}

std::string part_of_day(const local_interval& when, std::string_view value) {
    const auto day = first_day(when);
    const auto code = suffix_code(value, 'T');
    if (code == "NI") return "night of " + display_day_range(day, day + date::days{1}, "→");
    const std::string shown = display_day(day);
    if (code == "MO") return "morning of " + shown;
    if (code == "MI") return "midday of " + shown;
    if (code == "AF") return "afternoon of " + shown;
    if (code == "EV") return "evening of " + shown;
    if (code == "DT") return "daytime of " + shown;
    return "part of " + shown;
}

std::string season(const local_interval& when, std::string_view value) {
    const date::year_month_day ymd{first_day(when)};
    const auto code = suffix_code(value, '-');
    std::string_view name;
    if (code == "SP") name = "spring";
    else if (code == "SU") name = "summer";
    else if (code == "FA") name = "autumn";
    else if (code == "WI") name = "winter";
    else name = "season";
    return fmt::format("{} {}", name, year_of(ymd));
}

std::string week(const local_interval& when) {
    const auto first = first_day(when);
    const iso_week::year_weeknum_weekday iso{date::sys_days{first.time_since_epoch()}};
    const auto last = last_day(when);
    const bool one_year = date::year_month_day{first}.year() == date::year_month_day{last}.year();
    return fmt::format("week {} of {} ({})", static_cast<unsigned>(iso.weeknum()),
                       static_cast<int>(iso.year()), display_day_range(first, last, "–", !one_year));
}

std::string clock(date::local_seconds t, granularity grain) {
    const auto day = date::floor<date::days>(t);
    const date::hh_mm_ss<std::chrono::seconds> hms{t - day};
    if (grain == granularity::second)
        return fmt::format("{:02}:{:02}:{:02}", hms.hours().count(), hms.minutes().count(), hms.seconds().count());
    return fmt::format("{:02}:{:02}", hms.hours().count(), hms.minutes().count());
}

}  // namespace

std::string display_day(date::local_days d) {
    const date::year_month_day ymd{d};
    const date::weekday wd{d};
    return fmt::format("{} {} {} {}", weekday_abbrev[wd.c_encoding()], day_of(ymd), abbrev(ymd), year_of(ymd));
}

std::string display_day_range(date::local_days first, date::local_days last, std::string_view separator,
                              bool with_year) {
    const date::year_month_day a{first};
    const date::year_month_day b{last};
    const std::string year_tail = with_year ? fmt::format(" {}", year_of(b)) : std::string();
    if (a.year() != b.year())
        return fmt::format("{} {} {}{}{} {} {}", day_of(a), abbrev(a), year_of(a), separator, day_of(b), abbrev(b),
                           year_of(b));
    if (a.month() != b.month())
        return fmt::format("{} {}{}{} {}{}", day_of(a), abbrev(a), separator, day_of(b), abbrev(b), year_tail);
    if (a.day() != b.day()) return fmt::format("{}{}{} {}{}", day_of(a), separator, day_of(b), abbrev(b), year_tail);
    return fmt::format("{} {}{}", day_of(a), abbrev(a), year_tail);
}

std::string display_when(const local_interval& when, granularity grain, std::string_view timex_value) {
    const auto first = first_day(when);
    const date::year_month_day ymd{first};
    switch (grain) {
    case granularity::second:
    case granularity::minute:
    case granularity::hour: return fmt::format("{}, {}", display_day(first), clock(when.begin, grain));
    case granularity::part_of_day: return part_of_day(when, timex_value);
    case granularity::day: return display_day(first);
    case granularity::weekend: return "weekend of " + display_day_range(first, last_day(when));
    case granularity::week: return week(when);
    case granularity::month: return fmt::format("{} {}", month_name[month_of(ymd) - 1], year_of(ymd));
    case granularity::quarter: return fmt::format("Q{} {}", (month_of(ymd) - 1) / 3 + 1, year_of(ymd));
    case granularity::season: return season(when, timex_value);
    case granularity::half_year:
        return fmt::format("{} half of {}", month_of(ymd) <= 6 ? "first" : "second", year_of(ymd));
    case granularity::year: return fmt::format("{}", year_of(ymd));
    case granularity::decade: return fmt::format("the {}s", year_of(ymd));
    case granularity::century: return fmt::format("the {} century", ordinal(year_of(ymd) / 100 + 1));
    case granularity::millennium: return fmt::format("the {} millennium", ordinal(year_of(ymd) / 1000 + 1));
    case granularity::none: break;
    }
    return timex_value.empty() ? display_day(first) : std::string(timex_value);
}

std::string display_publication(const publication_time& p) {
    std::string out = display_day(p.day);
    if (p.time_of_day) {
        const auto m = p.time_of_day->count();
        out += fmt::format(", {:02}:{:02}", m / 60, m % 60);
        if (p.zone == "Z") out += " UTC";
        else if (!p.zone.empty()) out += " " + p.zone;
    }
    return out;
}

std::string html_datetime(const local_interval& when, granularity grain) {
    const auto first = first_day(when);
    const date::year_month_day ymd{first};
    switch (grain) {
    case granularity::second:
    case granularity::minute:
    case granularity::hour: return fmt::format("{}T{}", iso_day(ymd), clock(when.begin, grain));
    case granularity::week: {
        const iso_week::year_weeknum_weekday iso{date::sys_days{first.time_since_epoch()}};
        return fmt::format("{:04}-W{:02}", static_cast<int>(iso.year()), static_cast<unsigned>(iso.weeknum()));
    }
    case granularity::month: return fmt::format("{:04}-{:02}", year_of(ymd), month_of(ymd));
    case granularity::year: return fmt::format("{:04}", year_of(ymd));
    default: break;
    }
    return iso_day(ymd);
}

std::string html_datetime(const publication_time& p) {
    std::string out = iso_day(date::year_month_day{p.day});
    if (!p.time_of_day) return out;
    const auto m = p.time_of_day->count();
    out += fmt::format("T{:02}:{:02}", m / 60, m % 60);
    if (p.zone == "Z" || is_utc_offset(p.zone)) out += p.zone;
    return out;
}

std::string iso_local_time(date::local_seconds t) {
    const auto day = date::floor<date::days>(t);
    return fmt::format("{}T{}", iso_day(date::year_month_day{day}), clock(t, granularity::second));
}

}  // namespace dateline
