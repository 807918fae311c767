// Periods that recur within each year: seasons, quarters, halves. "spring 2024", "the third
// quarter", "last summer", "next quarter", "the second half".
#include <chrono>
#include <vector>

#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_occurrence.hpp"
#include "resolve_story_winter.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

// Counting periods since year 0: index = year * per_year + slot.
struct cycle {
    long long per_year;
    // How long after its end a period is still talked of in the future tense: a company "will
    // report third-quarter results" weeks after the quarter has ended.
    std::chrono::seconds future_tolerance;
    long long (*index_of)(date::local_days);   // the period containing a day
    period (*make)(long long year, long long slot);
    struct {
        std::string_view explicit_year, invalid, undated, out_of_range, previous, next, current, this_year,
            last_such, next_such, past, future, nearest, story, post;
    } rules;
};

long long season_index(date::local_days d) {
    const date::year_month_day ymd{d};
    const long long y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    if (m <= 2) return (y - 1) * 4 + 3;  // January and February belong to the winter begun in December
    if (m == 12) return y * 4 + 3;
    return y * 4 + (m - 3) / 3;
}

period season_of(long long year, long long slot) {
    constexpr season_name names[] = {season_name::spring, season_name::summer, season_name::fall, season_name::winter};
    return season_period(year, names[slot]);
}

long long quarter_index(date::local_days d) {
    const date::year_month_day ymd{d};
    return static_cast<int>(ymd.year()) * 4LL + (static_cast<unsigned>(ymd.month()) - 1) / 3;
}

period quarter_of(long long year, long long slot) { return quarter_period(year, static_cast<unsigned>(slot + 1)); }

long long half_index(date::local_days d) {
    const date::year_month_day ymd{d};
    return static_cast<int>(ymd.year()) * 2LL + (static_cast<unsigned>(ymd.month()) - 1) / 6;
}

period half_of(long long year, long long slot) { return half_year_period(year, static_cast<unsigned>(slot + 1)); }

constexpr cycle seasons{4, std::chrono::seconds{0}, season_index, season_of,
    {"season.explicit", "season.invalid", "season.undated", "season.out_of_range", "season.previous",
     "season.next", "season.current", "season.this_year", "season.last_such_before_current",
     "season.next_such_after_current", "season.missing_year.past_not_after_dct",
     "season.missing_year.future_not_before_dct", "season.missing_year.nearest_dct",
     "season.missing_year.story_year", "season.missing_year.post_year"}};
constexpr cycle quarters{4, std::chrono::seconds{date::days{62}}, quarter_index, quarter_of,
    {"quarter.explicit", "quarter.invalid", "quarter.undated", "quarter.out_of_range", "quarter.previous",
     "quarter.next", "quarter.current", "quarter.this_year", "quarter.last_such_before_current",
     "quarter.next_such_after_current", "quarter.missing_year.past_not_after_dct",
     "quarter.missing_year.future_not_before_dct", "quarter.missing_year.nearest_dct",
     "quarter.missing_year.story_year", "quarter.missing_year.post_year"}};
constexpr cycle halves{2, std::chrono::seconds{date::days{62}}, half_index, half_of,
    {"half_year.explicit", "half_year.invalid", "half_year.undated", "half_year.out_of_range",
     "half_year.previous", "half_year.next", "half_year.current", "half_year.this_year",
     "half_year.last_such_before_current", "half_year.next_such_after_current",
     "half_year.missing_year.past_not_after_dct", "half_year.missing_year.future_not_before_dct",
     "half_year.missing_year.nearest_dct",
     "half_year.missing_year.story_year", "half_year.missing_year.post_year"}};

long long floor_mod(long long a, long long n) { return (a % n + n) % n; }

std::optional<period> at_index(const cycle& c, long long index) {
    const long long year = index >= 0 ? index / c.per_year : -1;
    if (!writable_year(year)) return std::nullopt;
    return c.make(year, floor_mod(index, c.per_year));
}

resolution resolve_cycle(const cycle& c, const temporal_ast& a, std::optional<long long> slot,
                         const resolve_context& ctx) {
    if (slot && (*slot < 0 || *slot >= c.per_year)) return unresolved(date_type, c.rules.invalid);
    if (a.year) {
        if (!slot) return unresolved(date_type, c.rules.invalid);
        if (!a.two_digit_year) {
            // "the autumn of 481 BC": the grammar keeps years BC negative (-481), TIMEX3 counts year 0 (-480).
            const long long year = *a.year < 0 ? *a.year + 1 : *a.year;
            if (!writable_year(year)) return unresolved(date_type, c.rules.invalid);
            return absolute(c.make(year, *slot), date_type, c.rules.explicit_year);
        }
        if (*a.year < 0 || *a.year > 99) return unresolved(date_type, c.rules.invalid);
        const auto yy = static_cast<unsigned>(*a.year);
        const auto dct = dct_anchor(ctx);
        if (!dct) return absolute(c.make(two_digit_year_pivot(yy), *slot), date_type, c.rules.explicit_year);
        const long long year = two_digit_year_near(yy, static_cast<int>(date::year_month_day{dct->day}.year()));
        if (!writable_year(year)) return unresolved_from(date_type, c.rules.out_of_range, *dct);
        return anchored(c.make(year, *slot), date_type, c.rules.explicit_year, *dct);
    }

    // "the first half of next year" (the DCT's year, stepped), "the summer of that year" (the year
    // of the last date mentioned).
    if (a.unit == time_unit::year && slot) {
        const auto named = year_named_by(a.rel, ctx);
        if (!named) return needs_anchor(date_type, c.rules.undated);
        if (!writable_year(named->year)) return unresolved_from(date_type, c.rules.out_of_range, named->anchor);
        return anchored(c.make(named->year, *slot), date_type, c.rules.this_year, named->anchor);
    }
    const auto anchor = anchor_for(a.rel, ctx);
    if (!anchor) return needs_anchor(date_type, c.rules.undated);
    const long long current = c.index_of(anchor->day);
    const bool backward = a.rel == relation::last || a.rel == relation::preceding;
    const bool forward = a.rel == relation::next || a.rel == relation::following;

    auto finish = [&](long long index, std::string_view rule) {
        const auto p = at_index(c, index);
        if (!p) return unresolved_from(date_type, c.rules.out_of_range, *anchor);
        return anchored(*p, date_type, rule, *anchor);
    };

    if (!slot) {
        if (backward) return finish(current - 1, c.rules.previous);
        if (forward) return finish(current + 1, c.rules.next);
        return finish(current, c.rules.current);
    }
    if (backward) return finish(current - 1 - floor_mod(current - 1 - *slot, c.per_year), c.rules.last_such);
    if (forward) return finish(current + 1 + floor_mod(*slot - current - 1, c.per_year), c.rules.next_such);

    const long long year = static_cast<int>(date::year_month_day{anchor->day}.year());
    if (a.rel == relation::this_ || a.rel == relation::same) {
        if (floor_mod(current, c.per_year) == *slot) return finish(current, c.rules.current);
        return finish(year * c.per_year + *slot, c.rules.this_year);
    }
    std::vector<period> candidates;
    for (long long y = year - 1; y <= year + 1; ++y)
        if (writable_year(y)) candidates.push_back(c.make(y, *slot));
    const bool in_story = anchor->kind == anchor_kind::story;
    const bool in_post = !in_story && takes_post_year(ctx);
    if (in_story && &c == &seasons && *slot == 3)
        if (const auto winter = story_winter(anchor->span)) return anchored(*winter, date_type, c.rules.story, *anchor);
    const auto chosen = in_story || in_post ? in_story_year(candidates, anchor->span)
                                 : choose_occurrence(candidates, anchor->day, ctx.clause_tense, std::chrono::seconds{0},
                                                     c.future_tolerance);
    if (!chosen) return unresolved_from(date_type, c.rules.out_of_range, *anchor);
    const std::string_view rule = in_story                            ? c.rules.story
                                  : in_post                           ? c.rules.post
                                  : ctx.clause_tense == tense::past     ? c.rules.past
                                  : ctx.clause_tense == tense::future ? c.rules.future
                                                                      : c.rules.nearest;
    return anchored(*chosen, date_type, rule, *anchor);
}

std::optional<long long> numbered_slot(const temporal_ast& a) {
    if (!a.number) return std::nullopt;
    return static_cast<long long>(*a.number) - 1;
}

}  // namespace

resolution resolve_season(const temporal_ast& a, const resolve_context& ctx) {
    std::optional<long long> slot;
    switch (a.season) {
    case season_name::spring: slot = 0; break;
    case season_name::summer: slot = 1; break;
    case season_name::fall: slot = 2; break;
    case season_name::winter: slot = 3; break;
    case season_name::none: break;
    }
    return resolve_cycle(seasons, a, slot, ctx);
}

resolution resolve_quarter(const temporal_ast& a, const resolve_context& ctx) {
    if (names_reporting_quarter(a)) return resolve_reporting_quarter(a, ctx);
    return resolve_cycle(quarters, a, numbered_slot(a), ctx);
}

resolution resolve_half_year(const temporal_ast& a, const resolve_context& ctx) {
    return resolve_cycle(halves, a, numbered_slot(a), ctx);
}

}  // namespace dateline::detail
