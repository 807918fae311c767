// Resolver: named units ("this week", "last year", "the weekend") and counted offsets ("two days
// ago", "three weeks later", "a day after"). Every expected value was checked against a real
// calendar (python3 datetime, date.isocalendar for ISO weeks).
#include <limits>

#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

ast_builder named(relation rel, time_unit u) { return kind(ast_kind::named_unit).rel(rel).unit(u); }
ast_builder weekend(relation rel) { return named(rel, time_unit::weekend); }
ast_builder step(double n, time_unit u, direction d) { return kind(ast_kind::offset).count(n).unit(u).dir(d); }
constexpr direction back = direction::backward;
constexpr direction ahead = direction::forward;

const row named_unit_rows[] = {
    {"this week", named(relation::this_, time_unit::week), "2025-04-24", "", unknown, "2025-W17", T::date, "", G::week, "2025-04-21", "2025-04-28"},
    {"last week", named(relation::last, time_unit::week), "2025-04-24", "", past, "2025-W16", T::date, "", G::week, "2025-04-14", "2025-04-21"},
    {"next week, said on Christmas 2024, is 2025-W01", named(relation::next, time_unit::week), "2024-12-25", "", future, "2025-W01", T::date, "", G::week, "2024-12-30", "2025-01-06"},
    {"this week on 31 December 2024 is ISO week 2025-W01", named(relation::this_, time_unit::week), "2024-12-31", "", unknown, "2025-W01", T::date, "", G::week, "2024-12-30", "2025-01-06"},
    {"next week on 31 December 2024", named(relation::next, time_unit::week), "2024-12-31", "", future, "2025-W02", T::date, "", G::week, "2025-01-06", "2025-01-13"},
    {"this week on 3 January 2021 is 2020-W53", named(relation::this_, time_unit::week), "2021-01-03", "", unknown, "2020-W53", T::date, "", G::week, "2020-12-28", "2021-01-04"},
    {"this week on 4 January 2021 is 2021-W01", named(relation::this_, time_unit::week), "2021-01-04", "", unknown, "2021-W01", T::date, "", G::week, "2021-01-04", "2021-01-11"},
    {"last week on 4 January 2021 is 2020-W53", named(relation::last, time_unit::week), "2021-01-04", "", past, "2020-W53", T::date, "", G::week, "2020-12-28", "2021-01-04"},
    {"this week on 3 January 2016 is 2015-W53", named(relation::this_, time_unit::week), "2016-01-03", "", unknown, "2015-W53", T::date, "", G::week, "2015-12-28", "2016-01-04"},
    {"last year on new year's day", named(relation::last, time_unit::year), "2025-01-01", "", past, "2024", T::date, "", G::year, "2024-01-01", "2025-01-01"},
    {"next year on new year's eve", named(relation::next, time_unit::year), "2024-12-31", "", future, "2025", T::date, "", G::year, "2025-01-01", "2026-01-01"},
    {"this year", named(relation::this_, time_unit::year), "2025-04-24", "", present, "2025", T::date, "", G::year, "2025-01-01", "2026-01-01"},
    {"next month in December", named(relation::next, time_unit::month), "2025-12-15", "", future, "2026-01", T::date, "", G::month, "2026-01-01", "2026-02-01"},
    {"last month on 31 January", named(relation::last, time_unit::month), "2025-01-31", "", past, "2024-12", T::date, "", G::month, "2024-12-01", "2025-01-01"},
    {"next month on 31 January is February, whatever its length", named(relation::next, time_unit::month), "2025-01-31", "", future, "2025-02", T::date, "", G::month, "2025-02-01", "2025-03-01"},
    {"this month on a leap day", named(relation::this_, time_unit::month), "2024-02-29", "", unknown, "2024-02", T::date, "", G::month, "2024-02-01", "2024-03-01"},
    {"last quarter", named(relation::last, time_unit::quarter), "2025-04-24", "", past, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"next quarter in November", named(relation::next, time_unit::quarter), "2024-11-01", "", future, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"this half", named(relation::this_, time_unit::half_year), "2025-04-24", "", unknown, "2025-H1", T::date, "", G::half_year, "2025-01-01", "2025-07-01"},
    {"this decade", named(relation::this_, time_unit::decade), "2025-04-24", "", unknown, "202", T::date, "", G::decade, "2020-01-01", "2030-01-01"},
    {"the quarter (business news): the last that has ended", named(relation::none, time_unit::quarter), "1989-11-02", "", past, "1989-Q3", T::date, "", G::quarter, "1989-07-01", "1989-10-01"},
    {"the quarter said on the first day of a quarter", named(relation::none, time_unit::quarter), "2025-01-01", "", unknown, "2024-Q4", T::date, "", G::quarter, "2024-10-01", "2025-01-01"},
    {"last decade", named(relation::last, time_unit::decade), "2025-04-24", "", past, "201", T::date, "", G::decade, "2010-01-01", "2020-01-01"},
    {"next decade", named(relation::next, time_unit::decade), "2025-04-24", "", future, "203", T::date, "", G::decade, "2030-01-01", "2040-01-01"},
    {"this century", named(relation::this_, time_unit::century), "2025-04-24", "", unknown, "20", T::date, "", G::century, "2000-01-01", "2100-01-01"},
    {"last century", named(relation::last, time_unit::century), "2025-04-24", "", past, "19", T::date, "", G::century, "1900-01-01", "2000-01-01"},
    {"this millennium", named(relation::this_, time_unit::millennium), "2025-04-24", "", unknown, "2", T::date, "", G::millennium, "2000-01-01", "3000-01-01"},
    {"this day", named(relation::this_, time_unit::day), "2025-04-24", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"that day", named(relation::same, time_unit::day), "2025-04-24", "2025-03-18", past, "2025-03-18", T::date, "", G::day, "2025-03-18", "2025-03-19"},
    {"the following day", named(relation::following, time_unit::day), "2025-04-24", "2025-03-18", past, "2025-03-19", T::date, "", G::day, "2025-03-19", "2025-03-20"},
    {"the following week", named(relation::following, time_unit::week), "2025-04-24", "2025-03-18", past, "2025-W13", T::date, "", G::week, "2025-03-24", "2025-03-31"},
    {"the previous week", named(relation::preceding, time_unit::week), "2025-04-24", "2025-03-18", past, "2025-W11", T::date, "", G::week, "2025-03-10", "2025-03-17"},
    {"the following week without a narrative time counts from the DCT", named(relation::following, time_unit::week), "2025-04-24", "", past, "2025-W18", T::date, "", G::week, "2025-04-28", "2025-05-05"},
    {"the following night", named(relation::following, time_unit::night), "2025-04-24", "2025-03-18", past, "2025-03-19TNI", T::time, "", G::part_of_day, "2025-03-19T18:00", "2025-03-20T06:00"},
    {"the beginning of the year", named(relation::this_, time_unit::year).mod(point_mod::start), "2025-04-24", "", past, "2025", T::date, "START", G::year, "2025-01-01", "2026-01-01"},
    {"earlier this month", named(relation::this_, time_unit::month).mod(point_mod::start), "2025-04-24", "", past, "2025-04", T::date, "START", G::month, "2025-04-01", "2025-05-01"},
    {"the end of last year", named(relation::last, time_unit::year).mod(point_mod::end), "2025-04-24", "", past, "2024", T::date, "END", G::year, "2024-01-01", "2025-01-01"},
    {"mid next month", named(relation::next, time_unit::month).mod(point_mod::mid), "2025-04-24", "", future, "2025-05", T::date, "MID", G::month, "2025-05-01", "2025-06-01"},

    {"the weekend ahead, said on a Thursday", weekend(relation::none), "2025-04-24", "", future, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"the weekend in unknown tense looks ahead", weekend(relation::none), "2025-04-24", "", unknown, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"the weekend just past, said on a Thursday", weekend(relation::none), "2025-04-24", "", past, "2025-W16-WE", T::date, "", G::weekend, "2025-04-19", "2025-04-21"},
    {"the weekend in the past tense, said on a Saturday", weekend(relation::none), "2025-04-26", "", past, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"the weekend in the future tense, said on a Sunday", weekend(relation::none), "2025-04-27", "", future, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"the weekend in the past tense, said on a Monday", weekend(relation::none), "2025-04-28", "", past, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"last weekend, said on a Monday", weekend(relation::last), "2025-04-28", "", past, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"last weekend, said on a Saturday", weekend(relation::last), "2025-04-26", "", past, "2025-W16-WE", T::date, "", G::weekend, "2025-04-19", "2025-04-21"},
    {"next weekend, said on a Thursday", weekend(relation::next), "2025-04-24", "", future, "2025-W18-WE", T::date, "", G::weekend, "2025-05-03", "2025-05-05"},
    {"this weekend, said on a Thursday", weekend(relation::this_), "2025-04-24", "", future, "2025-W17-WE", T::date, "", G::weekend, "2025-04-26", "2025-04-28"},
    {"the weekend ahead on 1 January 2026 is in 2026-W01", weekend(relation::none), "2026-01-01", "", future, "2026-W01-WE", T::date, "", G::weekend, "2026-01-03", "2026-01-05"},
    {"the weekend past on 4 January 2021 is in 2020-W53", weekend(relation::none), "2021-01-04", "", past, "2020-W53-WE", T::date, "", G::weekend, "2021-01-02", "2021-01-04"},
    {"the following weekend after a Tuesday", weekend(relation::following), "2025-04-24", "2025-03-18", past, "2025-W12-WE", T::date, "", G::weekend, "2025-03-22", "2025-03-24"},
    {"the preceding weekend before a Tuesday", weekend(relation::preceding), "2025-04-24", "2025-03-18", past, "2025-W11-WE", T::date, "", G::weekend, "2025-03-15", "2025-03-17"},

    {"this hour has no calendar period", named(relation::this_, time_unit::hour), "2025-04-24T10:00", "", past, "", T::date, "", G::none, "", ""},
    {"no unit", named(relation::this_, time_unit::none), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"next week in an undated document", named(relation::next, time_unit::week), "", "", future, "", T::date, "", G::none, "", ""},
    {"next year from 9999", named(relation::next, time_unit::year), "9999-06-01", "", future, "", T::date, "", G::none, "", ""},
};

TEST(named_unit_resolution, matches_every_row) {
    for (const row& r : named_unit_rows) expect_row(r);
}

const row offset_rows[] = {
    {"two days ago on new year's day", step(2, time_unit::day, back), "2025-01-01", "", past, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"two days ago from 1 March of a leap year", step(2, time_unit::day, back), "2024-03-01", "", past, "2024-02-28", T::date, "", G::day, "2024-02-28", "2024-02-29"},
    {"365 days ago from 1 March 2025", step(365, time_unit::day, back), "2025-03-01", "", past, "2024-03-01", T::date, "", G::day, "2024-03-01", "2024-03-02"},
    {"366 days ago from 1 March 2025 is the leap day", step(366, time_unit::day, back), "2025-03-01", "", past, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"a year ago from 1 March 2025", step(1, time_unit::year, back), "2025-03-01", "", past, "2024", T::date, "", G::year, "2024-01-01", "2025-01-01"},
    {"two years from now", step(2, time_unit::year, ahead), "2025-04-24", "", future, "2027", T::date, "", G::year, "2027-01-01", "2028-01-01"},
    {"in two weeks, said on Christmas Eve", step(2, time_unit::week, ahead), "2025-12-24", "", future, "2026-W02", T::date, "", G::week, "2026-01-05", "2026-01-12"},
    {"a fortnight ago", step(1, time_unit::fortnight, back), "2025-04-24", "", past, "2025-W15", T::date, "", G::week, "2025-04-07", "2025-04-14"},
    {"two months ago on 31 January", step(2, time_unit::month, back), "2025-01-31", "", past, "2024-11", T::date, "", G::month, "2024-11-01", "2024-12-01"},
    {"two quarters ago", step(2, time_unit::quarter, back), "2025-04-24", "", past, "2024-Q4", T::date, "", G::quarter, "2024-10-01", "2025-01-01"},
    {"in three quarters", step(3, time_unit::quarter, ahead), "2025-04-24", "", future, "2026-Q1", T::date, "", G::quarter, "2026-01-01", "2026-04-01"},
    {"a half year ago", step(1, time_unit::half_year, back), "2025-04-24", "", past, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"two decades ago", step(2, time_unit::decade, back), "2025-04-24", "", past, "200", T::date, "", G::decade, "2000-01-01", "2010-01-01"},
    {"two nights ago", step(2, time_unit::night, back), "2025-04-24", "", past, "2025-04-22TNI", T::time, "", G::part_of_day, "2025-04-22T18:00", "2025-04-23T06:00"},
    {"two days ago in the morning", step(2, time_unit::day, back).part(day_part::morning), "2025-04-24", "", past, "2025-04-22TMO", T::time, "", G::part_of_day, "2025-04-22T06:00", "2025-04-22T12:00"},
    {"two days later without a narrative time counts from the DCT", step(2, time_unit::day, ahead).rel(relation::following), "2025-04-24", "", past, "2025-04-26", T::date, "", G::day, "2025-04-26", "2025-04-27"},

    {"a day after", step(1, time_unit::day, ahead).rel(relation::following), "2025-04-24", "2025-03-18", past, "2025-03-19", T::date, "", G::day, "2025-03-19", "2025-03-20"},
    {"the day before", kind(ast_kind::offset).unit(time_unit::day).rel(relation::preceding).dir(back), "2025-04-24", "2025-03-18", past, "2025-03-17", T::date, "", G::day, "2025-03-17", "2025-03-18"},
    {"the day before without a narrative time is the DCT's previous day", kind(ast_kind::offset).unit(time_unit::day).rel(relation::preceding).dir(back), "2025-04-24", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"the next day after a night", kind(ast_kind::offset).unit(time_unit::day).rel(relation::following), "2025-04-24", "2025-04-23TNI", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"three weeks later", step(3, time_unit::week, ahead).rel(relation::following), "2025-04-24", "2025-03-18", past, "2025-W15", T::date, "", G::week, "2025-04-07", "2025-04-14"},
    {"the previous week", kind(ast_kind::offset).unit(time_unit::week).rel(relation::preceding), "2025-04-24", "2025-03-18", past, "2025-W11", T::date, "", G::week, "2025-03-10", "2025-03-17"},
    {"a month later after 31 January", step(1, time_unit::month, ahead).rel(relation::following), "2025-04-24", "2025-01-31", past, "2025-02", T::date, "", G::month, "2025-02-01", "2025-03-01"},
    {"a century later", step(1, time_unit::century, ahead).rel(relation::following), "2025-04-24", "2025-03-18", past, "21", T::date, "", G::century, "2100-01-01", "2200-01-01"},

    {"that day", kind(ast_kind::offset).rel(relation::same).unit(time_unit::day).count(0), "2025-04-24", "2025-03-18", past, "2025-03-18", T::date, "", G::day, "2025-03-18", "2025-03-19"},
    {"the same week", kind(ast_kind::offset).rel(relation::same).unit(time_unit::week).count(0), "2025-04-24", "2025-03-18", past, "2025-W12", T::date, "", G::week, "2025-03-17", "2025-03-24"},
    {"that day without a narrative time is the DCT day", kind(ast_kind::offset).rel(relation::same).unit(time_unit::day).count(0), "2025-04-24", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"two hours ago at 10:35", step(2, time_unit::hour, back), "2025-04-24T10:35", "", past, "2025-04-24T08", T::time, "", G::hour, "2025-04-24T08:00", "2025-04-24T09:00"},
    {"three hours ago at 01:00 crosses the year", step(3, time_unit::hour, back), "2025-01-01T01:00", "", past, "2024-12-31T22", T::time, "", G::hour, "2024-12-31T22:00", "2024-12-31T23:00"},
    {"30 minutes later", step(30, time_unit::minute, ahead).rel(relation::following), "2025-04-24", "2025-03-18T10:35", past, "2025-03-18T11:05", T::time, "", G::minute, "2025-03-18T11:05", "2025-03-18T11:06"},
    {"90 seconds later", step(90, time_unit::second, ahead).rel(relation::following), "2025-04-24", "2025-03-18T10:35", past, "2025-03-18T10:36:30", T::time, "", G::second, "2025-03-18T10:36:30", "2025-03-18T10:36:31"},
    {"two hours ago without a DCT time", step(2, time_unit::hour, back), "2025-04-24", "", past, "", T::time, "", G::none, "", ""},

    {"a few years ago", kind(ast_kind::offset).fuzzy().unit(time_unit::year).dir(back), "2025-04-24", "", past, "PAST_REF", T::date, "", G::none, "", ""},
    {"a few days later", kind(ast_kind::offset).fuzzy().unit(time_unit::day).dir(ahead).rel(relation::following), "2025-04-24", "2025-03-18", past, "FUTURE_REF", T::date, "", G::none, "", ""},
    {"5000 years from now", step(5000, time_unit::year, ahead), "2025-04-24", "", future, "7025", T::date, "", G::year, "7025-01-01", "7026-01-01"},
    {"8000 years from now leaves the writable years", step(8000, time_unit::year, ahead), "2025-04-24", "", future, "", T::date, "", G::none, "", ""},
    {"1e13 days ago overflows", step(1e13, time_unit::day, back), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"1e8 weeks ahead overflows", step(1e8, time_unit::week, ahead), "2025-04-24", "", future, "", T::date, "", G::none, "", ""},
    {"1e9 months ahead overflows", step(1e9, time_unit::month, ahead), "2025-04-24", "", future, "", T::date, "", G::none, "", ""},
    {"1e15 hours ago overflows", step(1e15, time_unit::hour, back), "2025-04-24T10:00", "", past, "", T::time, "", G::none, "", ""},
    {"infinite days", step(std::numeric_limits<double>::infinity(), time_unit::day, back), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"1.5 days ago is not a calendar step", step(1.5, time_unit::day, back), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"a negative count", step(-2, time_unit::day, back), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"two days with no direction", kind(ast_kind::offset).count(2).unit(time_unit::day), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"an offset without a unit", kind(ast_kind::offset).count(2).dir(back), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"two days ago in an undated document", step(2, time_unit::day, back), "", "", past, "", T::date, "", G::none, "", ""},
    {"a day after in an undated document without a narrative time", step(1, time_unit::day, ahead).rel(relation::following), "", "", past, "", T::date, "", G::none, "", ""},
    {"a day after in an undated document with a narrative time", step(1, time_unit::day, ahead).rel(relation::following), "", "2025-03-18", past, "2025-03-19", T::date, "", G::day, "2025-03-19", "2025-03-20"},
};

TEST(offset_resolution, matches_every_row) {
    for (const row& r : offset_rows) expect_row(r);
}

}  // namespace
}  // namespace dateline::resolve_testing
