#include "ast_summary.hpp"

#include <fmt/format.h>

namespace dateline::testing {
namespace {

const char* kind_name(ast_kind k) {
    static constexpr const char* names[] = {"calendar_date", "decade",   "century",      "season",
                                            "quarter",       "half_year", "relative_day", "weekday",
                                            "named_unit",    "offset",    "part_of_day",  "time_of_day",
                                            "duration",      "set",       "vague",        "holiday"};
    return names[static_cast<int>(k)];
}
const char* relation_name(relation r) {
    static constexpr const char* names[] = {"none", "last", "this", "next", "preceding", "following", "same"};
    return names[static_cast<int>(r)];
}
const char* unit_name(time_unit u) {
    static constexpr const char* names[] = {"none",    "second",   "minute",    "hour",  "day",   "night",
                                            "week",    "weekend",  "fortnight", "month", "quarter",
                                            "half_year", "year",   "decade",    "century", "millennium"};
    return names[static_cast<int>(u)];
}
const char* part_name(day_part p) {
    static constexpr const char* names[] = {"none", "morning", "midday", "afternoon", "evening", "night", "overnight"};
    return names[static_cast<int>(p)];
}
const char* season_text(season_name s) {
    static constexpr const char* names[] = {"none", "spring", "summer", "fall", "winter"};
    return names[static_cast<int>(s)];
}
const char* mod_name(point_mod m) {
    static constexpr const char* names[] = {"none",          "start",         "mid",          "end",
                                            "approx",        "less_than",     "more_than",    "equal_or_less",
                                            "equal_or_more", "on_or_after",   "on_or_before", "before",
                                            "after"};
    return names[static_cast<int>(m)];
}
const char* vague_name(vague_ref v) {
    static constexpr const char* names[] = {"none", "present", "past", "future"};
    return names[static_cast<int>(v)];
}
const char* direction_name(direction d) {
    static constexpr const char* names[] = {"none", "backward", "forward"};
    return names[static_cast<int>(d)];
}

}  // namespace

std::string summarize(const temporal_ast& a) {
    std::string s = kind_name(a.kind);
    if (a.rel != relation::none) s += fmt::format(" rel={}", relation_name(a.rel));
    if (a.year) s += fmt::format(" year={}{}", *a.year, a.two_digit_year ? "'" : "");
    if (a.month) s += fmt::format(" month={}", *a.month);
    if (a.day) s += fmt::format(" day={}", *a.day);
    if (a.weekday) s += fmt::format(" weekday={}", *a.weekday);
    if (a.number) s += fmt::format(" number={}", *a.number);
    if (a.season != season_name::none) s += fmt::format(" season={}", season_text(a.season));
    if (a.unit != time_unit::none) s += fmt::format(" unit={}", unit_name(a.unit));
    if (a.count) s += fmt::format(" count={}", *a.count);
    if (a.fuzzy_count) s += " fuzzy";
    if (a.dir != direction::none) s += fmt::format(" dir={}", direction_name(a.dir));
    if (a.day_offset != 0) s += fmt::format(" day_offset={}", a.day_offset);
    if (a.part != day_part::none) s += fmt::format(" part={}", part_name(a.part));
    if (a.hour) s += fmt::format(" hour={}", *a.hour);
    if (a.minute) s += fmt::format(" minute={}", *a.minute);
    if (a.mod != point_mod::none) s += fmt::format(" mod={}", mod_name(a.mod));
    if (a.vague != vague_ref::none) s += fmt::format(" vague={}", vague_name(a.vague));
    if (a.times) s += fmt::format(" times={}", *a.times);
    if (a.holiday != holiday_name::none) s += fmt::format(" holiday={}", static_cast<int>(a.holiday));
    return s;
}

}  // namespace dateline::testing
