#include "resolve_unit_code.hpp"

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "resolve_format.hpp"

namespace dateline::detail {

namespace {

struct unit_code {
    std::string_view code;
    bool clock = false;  // written after "T"
    double per_unit = 1;
};

std::optional<unit_code> code_of(time_unit u) {
    switch (u) {
    case time_unit::second: return unit_code{"S", true};
    case time_unit::minute: return unit_code{"M", true};
    case time_unit::hour: return unit_code{"H", true};
    case time_unit::day:
    case time_unit::night: return unit_code{"D"};  // a night counts as a day
    case time_unit::week: return unit_code{"W"};
    case time_unit::weekend: return unit_code{"WE"};
    case time_unit::fortnight: return unit_code{"W", false, 2};
    case time_unit::month: return unit_code{"M"};
    case time_unit::quarter: return unit_code{"Q"};
    case time_unit::half_year: return unit_code{"M", false, 6};
    case time_unit::year: return unit_code{"Y"};
    // Decades and centuries in years ("P20Y"), as TimeBank annotates "two decades".
    case time_unit::decade: return unit_code{"Y", false, 10};
    case time_unit::century: return unit_code{"Y", false, 100};
    case time_unit::millennium: return unit_code{"Y", false, 1000};
    case time_unit::none: break;
    }
    return std::nullopt;
}

// "2 1/2 years" is "P2Y6M", "an hour and a half" "PT1H30M": a half in the next smaller unit,
// as TimeBank writes it.
std::optional<std::string> with_half_in_smaller_unit(time_unit u, double count) {
    const double whole = std::floor(count);
    if (count - whole != 0.5 || whole < 0 || whole > 1e15) return std::nullopt;
    const auto n = static_cast<long long>(whole);
    const auto leading = [n](std::string_view code) { return n > 0 ? fmt::format("{}{}", n, code) : std::string{}; };
    switch (u) {
    case time_unit::year: return fmt::format("P{}6M", leading("Y"));
    case time_unit::day: return fmt::format("P{}T12H", leading("D"));
    case time_unit::hour: return fmt::format("PT{}30M", leading("H"));
    case time_unit::minute: return fmt::format("PT{}30S", leading("M"));
    default: return std::nullopt;
    }
}

}  // namespace

std::optional<std::string> period_value(time_unit u, std::optional<double> count) {
    const auto c = code_of(u);
    if (!c) return std::nullopt;
    if (count)
        if (auto split = with_half_in_smaller_unit(u, *count)) return split;
    std::string amount = "X";
    if (count) {
        amount = count_value(*count * c->per_unit);
        if (amount.empty()) return std::nullopt;
    }
    std::string out = c->clock ? "PT" : "P";
    out += amount;
    out += c->code;
    return out;
}

}  // namespace dateline::detail
