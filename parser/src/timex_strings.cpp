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

std::string timex_value(const publication_time& p) {
    const date::year_month_day ymd{p.day};
    std::string out = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    if (p.time_of_day) {
        const auto m = p.time_of_day->count();
        out += fmt::format("T{:02}:{:02}", m / 60, m % 60);
    }
    return out;
}

}  // namespace dateline
