// Explicit calendar fields: "April 24, 2025", "March 2025", "2025", "Apr. 24" (year from the DCT
// and the tense), "last March" (year from the relation), "4/24/25" (two-digit year), "the 24th"
// (month from the DCT and the tense).
#include <vector>

#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_occurrence.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

std::optional<date::local_days> valid_day(long long y, unsigned m, unsigned d) {
    if (!writable_year(y)) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::local_days{ymd};
}

bool weekday_disagrees(const temporal_ast& a, date::local_days d) {
    return a.weekday && date::weekday{d} != date::weekday{*a.weekday};
}

// A date given with its year: the weekday, if any, is only checked (the date wins).
resolution with_year(const temporal_ast& a, long long y, std::string_view rule) {
    if (!writable_year(y)) return unresolved(date_type, "calendar.invalid");
    if (!a.month) {
        if (a.day) return unresolved(date_type, "calendar.day_without_month");
        return absolute(year_period(y), date_type, rule);
    }
    if (!a.day) return absolute(month_period(y, *a.month), date_type, rule);
    const auto d = valid_day(y, *a.month, *a.day);
    if (!d) return unresolved(date_type, "calendar.invalid");
    if (weekday_disagrees(a, *d)) rule = "calendar.weekday_disagrees_date_wins";
    return absolute(day_period(*d), date_type, rule);
}

std::string_view by_tense(tense t) {
    switch (t) {
    case tense::past: return "calendar.missing_year.past_not_after_dct";
    case tense::future: return "calendar.missing_year.future_not_before_dct";
    case tense::unknown:
    case tense::present: break;
    }
    return "calendar.missing_year.nearest_dct";
}

struct choice {
    std::optional<period> chosen;
    std::string_view rule;
};

date::year_month_day first_day(const period& p) { return date::year_month_day{date::floor<date::days>(p.when.begin)}; }

// "last March", "next May", "this September", "the following March": the relation decides,
// not the tense. "last March" is the latest March that ended before the month preceding the
// anchor's: written in October it is this year's, written on 1 March it is last year's (the
// February just ended is "in February", not "last February"; TimeBank annotates both so).
// "next"/"following" is the first one after the anchor's day (or month), "preceding" the last
// one before it, "this"/"that" the anchor year's (for a bare day of month, the anchor month's).
choice by_relation(const std::vector<period>& candidates, const anchor_point& anchor, relation rel, bool day_only) {
    const date::local_seconds day_begins{anchor.day};
    const date::local_seconds day_ends{anchor.day + date::days{1}};
    const date::year_month_day today{anchor.day};
    std::optional<period> found;
    switch (rel) {
    case relation::last:
        if (!day_only) {
            const date::year_month previous = date::year_month{today.year(), today.month()} - date::months{1};
            const date::local_seconds previous_begins{date::local_days{previous / 1}};
            for (const period& c : candidates)
                if (c.when.end <= previous_begins) found = c;
            return {found, "calendar.last_ended_before_previous_month"};
        }
        [[fallthrough]];
    case relation::preceding:
        for (const period& c : candidates)
            if (c.when.end <= day_begins) found = c;
        return {found, "calendar.preceding_strictly_before"};
    case relation::next:
    case relation::following:
        for (const period& c : candidates)
            if (!found && c.when.begin >= day_ends) found = c;
        return {found, "calendar.next_strictly_after"};
    case relation::this_:
    case relation::same:
    case relation::none: break;
    }
    for (const period& c : candidates) {
        const date::year_month_day first = first_day(c);
        if (first.year() == today.year() && (!day_only || first.month() == today.month())) found = c;
    }
    return {found, "calendar.this_anchor_year"};
}

// "Tuesday, March 4" said within a year of a March 4 that is a Tuesday: that one, whatever the
// tense said (the weekday is the writer's own check of the date).
std::optional<period> year_where_weekday_agrees(const temporal_ast& a, const std::vector<period>& candidates,
                                                date::local_days anchor) {
    std::optional<period> nearest;
    date::days nearest_distance{0};
    for (const period& c : candidates) {
        const date::local_days d = date::floor<date::days>(c.when.begin);
        if (weekday_disagrees(a, d)) continue;
        const date::days distance = d > anchor ? d - anchor : anchor - d;
        if (distance > date::days{366}) continue;
        if (!nearest || distance < nearest_distance) {
            nearest = c;
            nearest_distance = distance;
        }
    }
    return nearest;
}

// Month and/or day without a year: the occurrence around the anchor that the relation, or
// else the tense, points at.
resolution without_year(const temporal_ast& a, const anchor_point& anchor, tense t, bool post_year) {
    const date::year_month_day today{anchor.day};
    const long long anchor_year = static_cast<int>(today.year());
    std::vector<period> candidates;
    if (a.month && a.day) {
        // Four years either side, so that February 29 always has a leap year to land on.
        for (long long y = anchor_year - 4; y <= anchor_year + 4; ++y)
            if (const auto d = valid_day(y, *a.month, *a.day)) candidates.push_back(day_period(*d));
    } else if (a.month) {
        for (long long y = anchor_year - 1; y <= anchor_year + 1; ++y)
            if (writable_year(y)) candidates.push_back(month_period(y, *a.month));
    } else {
        const date::year_month here{today.year(), today.month()};
        for (int shift = -1; shift <= 1; ++shift) {
            const date::year_month ym = here + date::months{shift};
            if (const auto d = valid_day(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()), *a.day))
                candidates.push_back(day_period(*d));
        }
    }
    if (candidates.empty()) return unresolved(date_type, "calendar.invalid");
    choice c;
    if (a.rel == relation::none && a.month && anchor.kind == anchor_kind::story) {
        c = {in_story_year(candidates, anchor.span), "calendar.missing_year.story_year"};
    } else if (a.rel == relation::none && a.month && post_year) {
        c = {in_story_year(candidates, anchor.span), "calendar.missing_year.post_year"};
    } else if (a.rel != relation::none) {
        c = by_relation(candidates, anchor, a.rel, !a.month);
    } else {
        const std::string_view rule = a.month ? by_tense(t) : "calendar.missing_month.by_tense";
        // Two months' tolerance when a month is named ("Feb. 10", "March"); none for "the 24th".
        const auto tolerance = a.month ? std::chrono::seconds{date::days{62}} : std::chrono::seconds{0};
        // And a fortnight back for a day said in the future tense ("to repatriate the child by Jan.
        // 14", published Jan. 15): a deadline just passed, not one a year away.
        const auto back = a.month && a.day ? std::chrono::seconds{date::days{14}} : std::chrono::seconds{0};
        c = {choose_occurrence(candidates, anchor.day, t, tolerance, back), rule};
    }
    if (!c.chosen) return unresolved_from(date_type, "calendar.out_of_range", anchor);
    const date::local_days chosen_day = date::floor<date::days>(c.chosen->when.begin);
    if (c.chosen->grain == granularity::day && weekday_disagrees(a, chosen_day)) {
        if (auto agreeing = year_where_weekday_agrees(a, candidates, anchor.day))
            return anchored(*agreeing, date_type, "calendar.weekday_picks_year", anchor);
        c.rule = "calendar.weekday_disagrees_date_wins";
    }
    return anchored(*c.chosen, date_type, c.rule, anchor);
}

// "June last year", "January this year", "March next year": the DCT's year, stepped; "June of
// that year", "March of the following year": the year of the last date mentioned.
resolution with_year_by_relation(const temporal_ast& a, const resolve_context& ctx) {
    const auto named = year_named_by(a.rel, ctx);
    if (!named) return needs_anchor(date_type, "calendar.year_by_relation.undated");
    resolution r = with_year(a, named->year, "calendar.year_by_relation");
    if (r.resolved()) {
        r.anchor = named->anchor.kind;
        r.anchor_value = named->anchor.value;
    }
    return r;
}

resolution resolve_date_fields(const temporal_ast& a, const resolve_context& ctx) {
    if ((a.month && (*a.month < 1 || *a.month > 12)) || (a.day && (*a.day < 1 || *a.day > 31)) ||
        (a.weekday && *a.weekday > 6))
        return unresolved(date_type, "calendar.invalid");
    if (!a.year && !a.month && !a.day) return unresolved(date_type, "calendar.nothing_said");

    const auto dct = dct_anchor(ctx);
    if (a.year && a.two_digit_year) {
        if (*a.year < 0 || *a.year > 99) return unresolved(date_type, "calendar.invalid");
        const auto yy = static_cast<unsigned>(*a.year);
        if (!dct) return with_year(a, two_digit_year_pivot(yy), "calendar.two_digit_year.pivot");
        const long long dct_year = static_cast<int>(date::year_month_day{dct->day}.year());
        resolution r = with_year(a, two_digit_year_near(yy, dct_year), "calendar.two_digit_year.near_dct");
        if (r.resolved()) {
            r.anchor = dct->kind;
            r.anchor_value = dct->value;
        }
        return r;
    }
    if (a.year && *a.year < 0) {  // "481 BC", "April 480 BC" (the grammar keeps them as -481, -480)
        if (*a.year < -9999) return unresolved(date_type, "calendar.invalid");
        if (!a.month) return absolute(year_before_christ_period(-static_cast<long long>(*a.year)), date_type, "calendar.before_christ");
        return with_year(a, 1 + static_cast<long long>(*a.year), "calendar.before_christ");  // 481 BC is year -480
    }
    if (a.year) return with_year(a, *a.year, "calendar.explicit");
    if (a.unit == time_unit::year) return with_year_by_relation(a, ctx);
    const auto anchor = anchor_for(a.rel, ctx);
    if (!anchor) return needs_anchor(date_type, "calendar.missing_year.undated");
    return without_year(a, *anchor, ctx.clause_tense, takes_post_year(ctx));
}

}  // namespace

// "the week of March 6": the date, then the ISO week it is in.
resolution resolve_calendar_date(const temporal_ast& a, const resolve_context& ctx) {
    if (a.unit != time_unit::week) return resolve_date_fields(a, ctx);
    temporal_ast day = a;
    day.unit = time_unit::none;
    resolution r = resolve_date_fields(day, ctx);
    if (!r.resolved() || !r.when || r.grain != granularity::day) return r;
    const period week = iso_week_period(date::floor<date::days>(r.when->begin));
    r.value = week.value;
    r.when = week.when;
    r.grain = week.grain;
    r.rule = "calendar.week_of_date";
    return r;
}

}  // namespace dateline::detail
