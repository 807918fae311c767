#include <fmt/format.h>

#include "dateline/parser/timex.hpp"

namespace dateline {

std::string_view to_string(timex_type t) {
    switch (t) {
    case timex_type::date: return "DATE";
    case timex_type::time: return "TIME";
    case timex_type::duration: return "DURATION";
    case timex_type::set: return "SET";
    }
    return "DATE";
}

std::string_view to_string(granularity g) {
    switch (g) {
    case granularity::second: return "second";
    case granularity::minute: return "minute";
    case granularity::hour: return "hour";
    case granularity::part_of_day: return "part_of_day";
    case granularity::day: return "day";
    case granularity::weekend: return "weekend";
    case granularity::week: return "week";
    case granularity::month: return "month";
    case granularity::quarter: return "quarter";
    case granularity::season: return "season";
    case granularity::half_year: return "half_year";
    case granularity::year: return "year";
    case granularity::decade: return "decade";
    case granularity::century: return "century";
    case granularity::millennium: return "millennium";
    case granularity::none: return "none";
    }
    return "none";
}

std::string_view to_string(anchor_kind a) {
    switch (a) {
    case anchor_kind::none: return "none";
    case anchor_kind::dct: return "dct";
    case anchor_kind::narrative: return "narrative";
    case anchor_kind::story: return "story";
    case anchor_kind::missing: return "missing";
    }
    return "none";
}

std::string_view to_string(tense t) {
    switch (t) {
    case tense::unknown: return "unknown";
    case tense::past: return "past";
    case tense::present: return "present";
    case tense::future: return "future";
    }
    return "unknown";
}

namespace {

void append_digits(std::string& out, unsigned value, std::size_t width) {
    char digits[4] = {'0', '0', '0', '0'};
    for (std::size_t i = width; i-- > 0; value /= 10) digits[i] = static_cast<char>('0' + value % 10);
    out.append(digits, width);
}

}  // namespace

// By hand for the years of news and times of a day (the resolver asks for it for every expression
// counted from the publication date); fmt for the rest.
std::string timex_value(const publication_time& p) {
    const date::year_month_day ymd{p.day};
    const int year = static_cast<int>(ymd.year());
    std::string out;
    if (year >= 0 && year <= 9999) {
        out.reserve(16);
        append_digits(out, static_cast<unsigned>(year), 4);
        out += '-';
        append_digits(out, static_cast<unsigned>(ymd.month()), 2);
        out += '-';
        append_digits(out, static_cast<unsigned>(ymd.day()), 2);
    } else {
        out = fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    }
    if (p.time_of_day) {
        const auto m = p.time_of_day->count();
        if (m >= 0 && m < 24 * 60) {
            out += 'T';
            append_digits(out, static_cast<unsigned>(m / 60), 2);
            out += ':';
            append_digits(out, static_cast<unsigned>(m % 60), 2);
        } else {
            out += fmt::format("T{:02}:{:02}", m / 60, m % 60);
        }
    }
    return out;
}

}  // namespace dateline
