#include "calendar_words.hpp"

#include <array>
#include <utility>

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

constexpr std::array<std::pair<std::string_view, unsigned>, 24> months{{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
}};

constexpr std::array<std::string_view, 18> weekdays{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weds",
};

}  // namespace

std::optional<unsigned> month_number(std::string_view word) {
    for (const auto& [name, number] : months)
        if (iequals_ascii(word, name)) return number;
    return std::nullopt;
}

bool is_weekday_name(std::string_view word) {
    for (const auto name : weekdays)
        if (iequals_ascii(word, name)) return true;
    return false;
}

}  // namespace dateline::detail
