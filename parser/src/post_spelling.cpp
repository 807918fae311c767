#include "post_spelling.hpp"

#include <cctype>
#include <string_view>

#include <fmt/format.h>

namespace dateline::detail {
namespace {

bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
    return true;
}

// "2014-05-04" at the start of a value, then nothing or a time ("T19:00", "TNI").
bool starts_with_day(std::string_view v) {
    return v.size() >= 10 && digits(v.substr(0, 4)) && v[4] == '-' && digits(v.substr(5, 2)) && v[7] == '-' &&
           digits(v.substr(8, 2)) && (v.size() == 10 || v[10] == 'T');
}

// "2015-W13": a calendar week, not a weekend ("2015-W13-WE").
bool is_week(std::string_view v) {
    return v.size() == 8 && digits(v.substr(0, 4)) && v.substr(4, 2) == "-W" && digits(v.substr(6, 2));
}

}  // namespace

resolution spell_for_posts(resolution r, const temporal_ast& a) {
    if (!r.resolved() || (r.type != timex_type::date && r.type != timex_type::time)) return r;
    const bool year_in_digits = a.kind == ast_kind::calendar_date && a.year && !a.month && !a.day && !a.two_digit_year;
    if (year_in_digits && r.grain == granularity::year && r.value.size() == 4 && digits(r.value)) {
        r.value += "-XX-XX";
    } else if (a.weekday && !a.month && !a.day && starts_with_day(r.value)) {
        const unsigned iso_weekday = *a.weekday == 0 ? 7 : *a.weekday;  // Sunday is day 7 of an ISO week
        r.value = fmt::format("{}-WXX-{}{}", r.value.substr(0, 10), iso_weekday, r.value.substr(10));
    } else if (r.grain == granularity::week && r.when && is_week(r.value)) {
        // The month of the week's Thursday, which also names the week's ISO year.
        const date::year_month_day thursday{date::floor<date::days>(r.when->begin) + date::days{3}};
        r.value = fmt::format("{}{:02}-{}", r.value.substr(0, 5), static_cast<unsigned>(thursday.month()), r.value.substr(5));
    }
    return r;
}

}  // namespace dateline::detail
