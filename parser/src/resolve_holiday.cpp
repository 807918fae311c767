// Holidays: "Christmas" (25 December), "Thanksgiving" (fourth Thursday of November), "Labor Day"
// (first Monday of September), "Memorial Day" (last Monday of May), "Election Day" (the Tuesday
// after the first Monday of November). With a year it is that year's; without one, the relation
// or else the tense picks the occurrence around the DCT, as for "March 5".
#include <vector>

#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_occurrence.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

date::local_days nth_weekday(date::year y, date::month m, date::weekday wd, unsigned n) {
    return date::local_days{date::year_month_weekday{y / m / wd[n]}};
}

std::optional<date::local_days> holiday_in(holiday_name h, date::year y) {
    switch (h) {
    case holiday_name::new_years_day: return date::local_days{y / date::January / 1};
    case holiday_name::new_years_eve: return date::local_days{y / date::December / 31};
    case holiday_name::valentines_day: return date::local_days{y / date::February / 14};
    case holiday_name::independence_day: return date::local_days{y / date::July / 4};
    case holiday_name::halloween: return date::local_days{y / date::October / 31};
    case holiday_name::christmas_eve: return date::local_days{y / date::December / 24};
    case holiday_name::christmas: return date::local_days{y / date::December / 25};
    case holiday_name::veterans_day: return date::local_days{y / date::November / 11};
    case holiday_name::thanksgiving: return nth_weekday(y, date::November, date::Thursday, 4);
    case holiday_name::labor_day: return nth_weekday(y, date::September, date::Monday, 1);
    case holiday_name::martin_luther_king_day: return nth_weekday(y, date::January, date::Monday, 3);
    case holiday_name::memorial_day:
        return date::local_days{date::year_month_weekday_last{y / date::May / date::Monday[date::last]}};
    case holiday_name::election_day: return nth_weekday(y, date::November, date::Monday, 1) + date::days{1};
    case holiday_name::none: break;
    }
    return std::nullopt;
}

std::optional<period> holiday_period(holiday_name h, long long y) {
    if (!writable_year(y)) return std::nullopt;
    const auto d = holiday_in(h, date::year{static_cast<int>(y)});
    if (!d) return std::nullopt;
    return day_period(*d);
}

}  // namespace

resolution resolve_holiday(const temporal_ast& a, const resolve_context& ctx) {
    if (a.holiday == holiday_name::none) return unresolved(date_type, "holiday.unknown");
    if (a.year) {
        const auto p = holiday_period(a.holiday, *a.year);
        if (!p) return unresolved(date_type, "holiday.out_of_range");
        return absolute(*p, date_type, "holiday.explicit_year");
    }
    const auto anchor = anchor_for(a.rel, ctx);
    if (!anchor) return needs_anchor(date_type, "holiday.undated");
    const long long anchor_year = static_cast<int>(date::year_month_day{anchor->day}.year());
    std::vector<period> candidates;
    for (long long y = anchor_year - 1; y <= anchor_year + 1; ++y)
        if (auto p = holiday_period(a.holiday, y)) candidates.push_back(*p);
    const date::local_seconds day_begins{anchor->day};
    const date::local_seconds day_ends{anchor->day + date::days{1}};
    std::optional<period> chosen;
    std::string_view rule;
    switch (a.rel) {
    case relation::last:
    case relation::preceding:
        for (const period& c : candidates)
            if (c.when.end <= day_begins) chosen = c;
        rule = "holiday.last_strictly_before";
        break;
    case relation::next:
    case relation::following:
        for (const period& c : candidates)
            if (!chosen && c.when.begin >= day_ends) chosen = c;
        rule = "holiday.next_strictly_after";
        break;
    case relation::this_:
    case relation::same:
        for (const period& c : candidates)
            if (date::year_month_day{date::floor<date::days>(c.when.begin)}.year() ==
                date::year_month_day{anchor->day}.year())
                chosen = c;
        rule = "holiday.this_anchor_year";
        break;
    case relation::none:
        if (takes_post_year(ctx)) {
            chosen = in_story_year(candidates, anchor->span);
            rule = "holiday.post_year";
            break;
        }
        chosen = choose_occurrence(candidates, anchor->day, ctx.clause_tense);
        rule = "holiday.by_tense";
        break;
    }
    if (!chosen) return unresolved_from(date_type, "holiday.out_of_range", *anchor);
    return anchored(*chosen, date_type, rule, *anchor);
}

}  // namespace dateline::detail
