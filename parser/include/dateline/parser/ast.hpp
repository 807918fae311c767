// What a temporal expression says, as recognised by the grammar: no dates are computed here.
// One flat struct with a kind and the fields each kind uses; the resolver turns it into a Timex.
#pragma once

#include <cstdint>
#include <optional>

namespace dateline {

enum class ast_kind : std::uint8_t {
    calendar_date,  // explicit fields: "April 24, 2025", "Apr. 24", "2025-04-24", "4/24/2025",
                    // "March 2025", "2025", "Thursday, April 24, 2025"
    decade,         // "the 1990s" (year = 1990), "the '90s" (year = 90, two_digit_year)
    century,        // "the 20th century" (number = 20)
    season,         // "spring 2024", "last summer", "this winter"
    quarter,        // "Q3 2024", "the third quarter", "last quarter"; a company report's periods
                    // (number absent: the quarter being reported, resolve_context::reported_quarter):
                    // "the 1988 quarter" (year), "the latest period" (rel same), with unit year
                    // "the year-ago third quarter" (rel preceding, count 1: a year before the
                    // reported quarter), "last year's quarter" (rel last/this/next: the DCT's year)
    half_year,      // "the first half of 2024", "the second half"
    relative_day,   // "today" (count 0), "yesterday" (-1), "tomorrow" (1), "the day before yesterday" (-2)
    weekday,        // "Wednesday", "last Tuesday", "next Monday", "this Thursday", "Thursday night"
    named_unit,     // "next month", "last year", "this week", "the following week", "the weekend",
                    // "earlier this month" (mod start-ish), "the beginning of the year"
    offset,         // "two days ago", "three weeks later", "a day after", "the day before",
                    // "in two weeks", "two years from now", "the next day", "the previous week"
    part_of_day,    // "last night", "overnight", "this morning", "tonight", "that night", "earlier today"
    time_of_day,    // "10:35 a.m.", "noon", "midnight", "5 p.m. Tuesday" (with day fields below)
    duration,       // "three years", "30-day", "an hour-long", "almost two weeks", "the past three months"
    set,            // "every week", "a week" (rate), "annually", "daily", "each Monday", "twice a year"
    vague,          // "now", "currently", "so far", "recently", "soon", "in the past", "in the coming days"
    holiday,        // "Christmas", "Thanksgiving Day", "last Thanksgiving", "Christmas 2024"
};

// Which occurrence relative to the anchor is meant.
enum class relation : std::uint8_t {
    none,       // bare: "Wednesday", "March" (tense decides)
    last,       // "last", "past", "previous" (relative to the DCT)
    this_,      // "this", "current"
    next,       // "next", "coming" (relative to the DCT)
    preceding,  // "the previous day", "the day before", "earlier" (relative to the narrative time)
    following,  // "the following week", "the next day", "later", "that night" (narrative time)
    same,       // "that day", "that night": the narrative time itself
};

enum class time_unit : std::uint8_t {
    none, second, minute, hour, day, night, week, weekend, fortnight, month, quarter, half_year,
    year, decade, century, millennium,
};

enum class day_part : std::uint8_t {
    none, morning, midday, afternoon, evening, night, overnight,
};

enum class season_name : std::uint8_t { none, spring, summer, fall, winter };

// Holidays whose date a rule of the calendar gives (fixed, or nth weekday of a month).
enum class holiday_name : std::uint8_t {
    none, new_years_day, new_years_eve, valentines_day, independence_day, halloween, christmas_eve,
    christmas, thanksgiving, labor_day, memorial_day, martin_luther_king_day, election_day, veterans_day,
};

// Where in the period ("early April" = start), or how precise ("about three years" = approx).
// These map one to one onto TimeML's mod attribute.
enum class point_mod : std::uint8_t {
    none, start, mid, end, approx, less_than, more_than, equal_or_less, equal_or_more, on_or_after,
    on_or_before, before, after,
};

enum class vague_ref : std::uint8_t { none, present, past, future };

// Direction of an offset: "ago"/"before"/"earlier" are backward, "later"/"after"/"in"/"from now" forward.
enum class direction : std::uint8_t { none, backward, forward };

struct temporal_ast {
    ast_kind kind = ast_kind::calendar_date;
    relation rel = relation::none;

    // calendar_date / decade / century / season / quarter / half_year
    std::optional<int> year;
    bool two_digit_year = false;       // "'90s", "4/24/25"
    std::optional<unsigned> month;     // 1..12
    std::optional<unsigned> day;       // 1..31 (validity is the resolver's concern)
    std::optional<unsigned> weekday;   // 0 = Sunday .. 6 = Saturday (date::weekday encoding)
    std::optional<unsigned> number;    // century number, quarter 1-4, half 1-2
    season_name season = season_name::none;
    holiday_name holiday = holiday_name::none;

    // offsets, durations, sets, named units
    time_unit unit = time_unit::none;
    std::optional<double> count;       // "two" = 2, "a" = 1, "1.5"; absent with fuzzy_count or no count
    bool fuzzy_count = false;          // "a few", "several", "some", "many": value uses X ("PXD")
    direction dir = direction::none;
    int day_offset = 0;                // relative_day: -1 yesterday, 0 today, 1 tomorrow

    // part of day and clock time (combine with any day reference above)
    day_part part = day_part::none;
    std::optional<unsigned> hour;      // 0..23 after am/pm normalisation; 24 = "midnight"
    std::optional<unsigned> minute;

    point_mod mod = point_mod::none;
    vague_ref vague = vague_ref::none;

    // set: "every week" (unit week, count 1), "twice a week" (times 2), "each Monday" (weekday)
    std::optional<unsigned> times;     // frequency per period for sets ("twice" = 2)
};

}  // namespace dateline
