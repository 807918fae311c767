#include "resolve_days.hpp"

#include <date/iso_week.h>

namespace dateline::detail {

date::local_days previous_or_same(date::local_days d, date::weekday wd) {
    return d - (date::weekday{d} - wd);
}

date::local_days previous_before(date::local_days d, date::weekday wd) {
    return previous_or_same(d - date::days{1}, wd);
}

date::local_days next_or_same(date::local_days d, date::weekday wd) {
    return d + (wd - date::weekday{d});
}

date::local_days next_after(date::local_days d, date::weekday wd) {
    return next_or_same(d + date::days{1}, wd);
}

date::local_days iso_week_monday(date::local_days d) {
    const iso_week::year_weeknum_weekday w{d};
    return date::local_days{w.year() / w.weeknum() / iso_week::mon};
}

date::local_days in_iso_week_of(date::local_days d, date::weekday wd) {
    return next_or_same(iso_week_monday(d), wd);
}

bool writable_year(long long y) { return y >= first_writable_year && y <= last_writable_year; }

namespace {
constexpr date::local_days first_writable_day{date::year{first_writable_year} / date::January / 1};
constexpr date::local_days last_writable_day{date::year{9999} / date::December / 31};
}  // namespace

bool writable_day(date::local_days d) { return d >= first_writable_day && d <= last_writable_day; }

bool writable_iso_week(date::local_days d) {
    return writable_day(d) && writable_year(static_cast<int>(iso_week::year_weeknum_weekday{d}.year()));
}

std::optional<date::local_days> shift_days(date::local_days d, long long n) {
    // Bounding n first keeps the sum far from the limits of the duration's representation.
    const long long span = (last_writable_day - first_writable_day).count();
    if (!writable_day(d) || n > span || n < -span) return std::nullopt;
    const date::local_days out = d + date::days{static_cast<int>(n)};
    if (!writable_day(out)) return std::nullopt;
    return out;
}

}  // namespace dateline::detail
