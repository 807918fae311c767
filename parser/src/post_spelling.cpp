#include "post_spelling.hpp"

#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "resolve_format.hpp"
#include "resolve_anchor.hpp"
#include "resolve_unit_code.hpp"

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

// "two years ago", "3 months ago" on a day: that day so many years or months before (the last day
// of the month when the day is missing there).
std::optional<date::local_days> day_counted_back(const temporal_ast& a, const resolve_context& ctx) {
    const bool ago = a.kind == ast_kind::offset && a.rel == relation::none && a.dir == direction::backward &&
                     !a.fuzzy_count && a.count && *a.count >= 1 && *a.count <= 1000 && *a.count == std::floor(*a.count);
    if (!ago || !ctx.dct || (a.unit != time_unit::year && a.unit != time_unit::month)) return std::nullopt;
    const int months = static_cast<int>(*a.count) * (a.unit == time_unit::year ? 12 : 1);
    const date::year_month_day dct{ctx.dct->day};
    const date::year_month month = date::year_month{dct.year(), dct.month()} - date::months{months};
    const date::year_month_day day{month.year(), month.month(), dct.day()};
    return day.ok() ? date::local_days{day} : date::local_days{month.year() / month.month() / date::last};
}

// "first day", "1st year": the Nth unit of a series, a DATE "P1D-#1".
std::optional<resolution> nth_unit(const temporal_ast& a) {
    if (!a.number || a.kind != ast_kind::named_unit) return std::nullopt;
    const auto unit = period_value(a.unit, 1.0);
    if (!unit) return std::nullopt;
    return value_only(timex_type::date, fmt::format("{}-#{}", *unit, *a.number), "post.nth_unit");
}

}  // namespace

resolution spell_for_posts(resolution r, const temporal_ast& a, const resolve_context& ctx) {
    if (auto nth = nth_unit(a)) return *std::move(nth);
    // "every morning", "every night": the tweet gold writes the part of day alone ("TMO"); with a
    // clock time, the time ("every nite 10pm" "XXXX-XX-XXT22:00").
    if (a.kind == ast_kind::set && !a.weekday && a.unit == time_unit::none && a.part != day_part::none) {
        r.value = a.hour ? fmt::format("XXXX-XX-XXT{:02}:{:02}", *a.hour % 24, a.minute.value_or(0))
                         : fmt::format("T{}", part_code(a.part));
        return r;
    }
    if (a.kind == ast_kind::set && a.unit == time_unit::weekend && !a.count) {  // "weekends"
        r.value = "XXXX-WE";
        return r;
    }
    if (a.kind == ast_kind::century && a.number && r.resolved()) {
        r.type = timex_type::duration;
        r.value = fmt::format("P1C-#{}", *a.number);
        r.when.reset();
        r.grain = granularity::none;
        return r;
    }
    if (!r.resolved() || (r.type != timex_type::date && r.type != timex_type::time)) return r;
    if (const auto day = day_counted_back(a, ctx); day && r.grain >= granularity::month) {
        r.value = day_value(*day);
        r.when = local_interval{date::local_seconds{*day}, date::local_seconds{*day + date::days{1}}};
        r.grain = granularity::day;
        return r;
    }
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
