// Resolver: days relative to the DCT or the narrative time, weekdays, parts of day, clock times.
// Every expected value was checked against a real calendar (python3 datetime).
#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

ast_builder relative_day(int offset) { return kind(ast_kind::relative_day).offset(offset); }
ast_builder weekday(unsigned wd) { return kind(ast_kind::weekday).wd(wd); }
ast_builder part_of_day(relation rel, day_part p) { return kind(ast_kind::part_of_day).rel(rel).part(p); }
ast_builder clock(unsigned h, unsigned m) { return kind(ast_kind::time_of_day).at(h, m); }

const row relative_day_rows[] = {
    {"today", relative_day(0), "2025-04-24", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"today with a DCT time and zone is the local day", relative_day(0), "2025-04-24T23:59+03:00", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"tomorrow on new year's eve", relative_day(1), "2024-12-31", "", future, "2025-01-01", T::date, "", G::day, "2025-01-01", "2025-01-02"},
    {"yesterday on new year's day", relative_day(-1), "2025-01-01", "", past, "2024-12-31", T::date, "", G::day, "2024-12-31", "2025-01-01"},
    {"the day before yesterday on new year's day", relative_day(-2), "2025-01-01", "", past, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"tomorrow from 28 February of a leap year", relative_day(1), "2024-02-28", "", future, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"tomorrow from 28 February of a common year", relative_day(1), "2025-02-28", "", future, "2025-03-01", T::date, "", G::day, "2025-03-01", "2025-03-02"},
    {"yesterday from 1 March of a leap year", relative_day(-1), "2024-03-01", "", past, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"today in an undated document", relative_day(0), "", "", past, "", T::date, "", G::none, "", ""},
    {"a day offset beyond year 9999", relative_day(2'000'000'000), "2025-04-24", "", future, "", T::date, "", G::none, "", ""},
    {"tomorrow from the last writable day", relative_day(1), "9999-12-31", "", future, "", T::date, "", G::none, "", ""},
};

TEST(relative_day_resolution, matches_every_row) {
    for (const row& r : relative_day_rows) expect_row(r);
}

const ast_builder wednesday = weekday(wed);

// A DCT on each day of ISO week 2025-W17 (Monday 21 to Sunday 27 April 2025).
const row wednesday_rows[] = {
    {"past wednesday said on Monday 2025-04-21", wednesday.rel(relation::none), "2025-04-21", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"future wednesday said on Monday 2025-04-21", wednesday.rel(relation::none), "2025-04-21", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"unknown wednesday said on Monday 2025-04-21", wednesday.rel(relation::none), "2025-04-21", "", unknown, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"last wednesday said on Monday 2025-04-21", wednesday.rel(relation::last), "2025-04-21", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Monday 2025-04-21", wednesday.rel(relation::next), "2025-04-21", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"this wednesday said on Monday 2025-04-21", wednesday.rel(relation::this_), "2025-04-21", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::none), "2025-04-22", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"future wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::none), "2025-04-22", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"unknown wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::none), "2025-04-22", "", unknown, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"last wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::last), "2025-04-22", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::next), "2025-04-22", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"this wednesday said on Tuesday 2025-04-22", wednesday.rel(relation::this_), "2025-04-22", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::none), "2025-04-23", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"future wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::none), "2025-04-23", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"unknown wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::none), "2025-04-23", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"last wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::last), "2025-04-23", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::next), "2025-04-23", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"this wednesday said on Wednesday 2025-04-23", wednesday.rel(relation::this_), "2025-04-23", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Thursday 2025-04-24", wednesday.rel(relation::none), "2025-04-24", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"future wednesday said on Thursday 2025-04-24", wednesday.rel(relation::none), "2025-04-24", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"unknown wednesday said on Thursday 2025-04-24", wednesday.rel(relation::none), "2025-04-24", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"last wednesday said on Thursday 2025-04-24: the week before's", wednesday.rel(relation::last), "2025-04-24", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Thursday 2025-04-24", wednesday.rel(relation::next), "2025-04-24", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"this wednesday said on Thursday 2025-04-24", wednesday.rel(relation::this_), "2025-04-24", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Friday 2025-04-25", wednesday.rel(relation::none), "2025-04-25", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"future wednesday said on Friday 2025-04-25", wednesday.rel(relation::none), "2025-04-25", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"unknown wednesday said on Friday 2025-04-25", wednesday.rel(relation::none), "2025-04-25", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"last wednesday said on Friday 2025-04-25: the week before's", wednesday.rel(relation::last), "2025-04-25", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Friday 2025-04-25", wednesday.rel(relation::next), "2025-04-25", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"this wednesday said on Friday 2025-04-25", wednesday.rel(relation::this_), "2025-04-25", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Saturday 2025-04-26", wednesday.rel(relation::none), "2025-04-26", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"future wednesday said on Saturday 2025-04-26", wednesday.rel(relation::none), "2025-04-26", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"unknown wednesday said on Saturday 2025-04-26", wednesday.rel(relation::none), "2025-04-26", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"last wednesday said on Saturday 2025-04-26: the week before's", wednesday.rel(relation::last), "2025-04-26", "", past, "2025-04-16", T::date, "", G::day, "2025-04-16", "2025-04-17"},
    {"next wednesday said on Saturday 2025-04-26", wednesday.rel(relation::next), "2025-04-26", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"this wednesday said on Saturday 2025-04-26", wednesday.rel(relation::this_), "2025-04-26", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"past wednesday said on Sunday 2025-04-27", wednesday.rel(relation::none), "2025-04-27", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"future wednesday said on Sunday 2025-04-27", wednesday.rel(relation::none), "2025-04-27", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"unknown wednesday said on Sunday 2025-04-27", wednesday.rel(relation::none), "2025-04-27", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"last wednesday said on Sunday 2025-04-27: a Sunday closes its week", wednesday.rel(relation::last), "2025-04-27", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"next wednesday said on Sunday 2025-04-27", wednesday.rel(relation::next), "2025-04-27", "", future, "2025-04-30", T::date, "", G::day, "2025-04-30", "2025-05-01"},
    {"this wednesday said on Sunday 2025-04-27", wednesday.rel(relation::this_), "2025-04-27", "", unknown, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
};

TEST(weekday_resolution, wednesday_from_each_day_of_a_week_in_every_tense_and_relation) {
    for (const row& r : wednesday_rows) expect_row(r);
}

const row weekday_rows[] = {
    {"Friday in the past tense from new year's day crosses the year", weekday(fri), "2025-01-01", "", past, "2024-12-27", T::date, "", G::day, "2024-12-27", "2024-12-28"},
    {"Monday in the future tense from new year's day", weekday(mon), "2025-01-01", "", future, "2025-01-06", T::date, "", G::day, "2025-01-06", "2025-01-07"},
    {"last Monday from new year's day (a Wednesday): the week before's, in the old year", weekday(mon).rel(relation::last), "2025-01-01", "", past, "2024-12-23", T::date, "", G::day, "2024-12-23", "2024-12-24"},
    {"this Sunday on 31 December 2024 is in ISO week 2025-W01", weekday(sun).rel(relation::this_), "2024-12-31", "", future, "2025-01-05", T::date, "", G::day, "2025-01-05", "2025-01-06"},
    {"this Monday on new year's day is in the old year", weekday(mon).rel(relation::this_), "2025-01-01", "", past, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"Friday in the future tense ('is expected to meet')", weekday(fri), "2025-04-24", "", future, "2025-04-25", T::date, "", G::day, "2025-04-25", "2025-04-26"},
    {"Friday in the past tense", weekday(fri), "2025-04-24", "", past, "2025-04-18", T::date, "", G::day, "2025-04-18", "2025-04-19"},
    {"Sunday in the past tense", weekday(sun), "2025-04-24", "", past, "2025-04-20", T::date, "", G::day, "2025-04-20", "2025-04-21"},
    {"Thursday in the past tense on a Thursday is the DCT day", weekday(thu), "2025-08-28", "", past, "2025-08-28", T::date, "", G::day, "2025-08-28", "2025-08-29"},
    {"Tuesday in the past tense on a Thursday", weekday(tue), "2025-08-28", "", past, "2025-08-26", T::date, "", G::day, "2025-08-26", "2025-08-27"},
    {"Wednesday in the past tense on a Wednesday", weekday(wed), "2025-03-19", "", past, "2025-03-19", T::date, "", G::day, "2025-03-19", "2025-03-20"},
    {"Tuesday in the past tense on a Wednesday", weekday(tue), "2025-03-19", "", past, "2025-03-18", T::date, "", G::day, "2025-03-18", "2025-03-19"},
    {"the following Monday after a Tuesday", weekday(mon).rel(relation::following), "2025-04-24", "2025-03-18", past, "2025-03-24", T::date, "", G::day, "2025-03-24", "2025-03-25"},
    {"the following Monday after a Monday is a week on", weekday(mon).rel(relation::following), "2025-04-24", "2025-03-24", past, "2025-03-31", T::date, "", G::day, "2025-03-31", "2025-04-01"},
    {"the preceding Friday before a Tuesday", weekday(fri).rel(relation::preceding), "2025-04-24", "2025-03-18", past, "2025-03-14", T::date, "", G::day, "2025-03-14", "2025-03-15"},
    {"that Tuesday, the narrative day itself", weekday(tue).rel(relation::same), "2025-04-24", "2025-03-18", past, "2025-03-18", T::date, "", G::day, "2025-03-18", "2025-03-19"},
    {"the following Monday without a narrative time counts from the DCT", weekday(mon).rel(relation::following), "2025-04-24", "", past, "2025-04-28", T::date, "", G::day, "2025-04-28", "2025-04-29"},
    {"Wednesday in an undated document", weekday(wed), "", "", past, "", T::date, "", G::none, "", ""},
    {"weekday 9", weekday(9), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
};

TEST(weekday_resolution, matches_every_row) {
    for (const row& r : weekday_rows) expect_row(r);
}

const row part_of_day_rows[] = {
    {"last night", part_of_day(relation::last, day_part::night), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"last night on 1 March of a leap year", part_of_day(relation::last, day_part::night), "2024-03-01", "", past, "2024-02-29TNI", T::time, "", G::part_of_day, "2024-02-29T18:00", "2024-03-01T06:00"},
    {"last night published after midnight", part_of_day(relation::last, day_part::night), "2025-04-24T02:10", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"tonight", part_of_day(relation::this_, day_part::night), "2025-04-24", "", future, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"tonight in the past tense, no DCT time: explicit, stays", part_of_day(relation::this_, day_part::night), "2025-04-24", "", past, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"this morning", part_of_day(relation::this_, day_part::morning), "2025-04-24", "", past, "2025-04-24TMO", T::time, "", G::part_of_day, "2025-04-24T06:00", "2025-04-24T12:00"},
    {"this midday", part_of_day(relation::this_, day_part::midday), "2025-04-24", "", past, "2025-04-24TMI", T::time, "", G::part_of_day, "2025-04-24T11:00", "2025-04-24T14:00"},
    {"this afternoon", part_of_day(relation::this_, day_part::afternoon), "2025-04-24", "", past, "2025-04-24TAF", T::time, "", G::part_of_day, "2025-04-24T12:00", "2025-04-24T18:00"},
    {"this evening", part_of_day(relation::this_, day_part::evening), "2025-04-24", "", future, "2025-04-24TEV", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T00:00"},
    {"this evening in the past tense, published at 20:00", part_of_day(relation::this_, day_part::evening), "2025-04-24T20:00", "", past, "2025-04-24TEV", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T00:00"},
    {"overnight in the past tense", part_of_day(relation::none, day_part::overnight), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"overnight in unknown tense", part_of_day(relation::none, day_part::overnight), "2025-04-24", "", unknown, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"overnight in the present tense", part_of_day(relation::none, day_part::overnight), "2025-08-28", "", present, "2025-08-27TNI", T::time, "", G::part_of_day, "2025-08-27T18:00", "2025-08-28T06:00"},
    {"overnight in the future tense", part_of_day(relation::none, day_part::overnight), "2025-04-24", "", future, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"overnight on new year's day", part_of_day(relation::none, day_part::overnight), "2025-01-01", "", past, "2024-12-31TNI", T::time, "", G::part_of_day, "2024-12-31T18:00", "2025-01-01T06:00"},
    {"that night", part_of_day(relation::same, day_part::night), "2025-04-24", "2025-03-18", past, "2025-03-18TNI", T::time, "", G::part_of_day, "2025-03-18T18:00", "2025-03-19T06:00"},
    {"that night without a narrative time, future: the DCT's night", part_of_day(relation::same, day_part::night), "2025-04-24", "", future, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"that night without a narrative time, past: the night into the DCT day", part_of_day(relation::same, day_part::night), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"the following night", part_of_day(relation::following, day_part::night), "2025-04-24", "2025-03-18", past, "2025-03-19TNI", T::time, "", G::part_of_day, "2025-03-19T18:00", "2025-03-20T06:00"},
    {"the previous evening", part_of_day(relation::preceding, day_part::evening), "2025-04-24", "2025-03-18", past, "2025-03-17TEV", T::time, "", G::part_of_day, "2025-03-17T18:00", "2025-03-18T00:00"},
    {"earlier today stays on the DCT day", part_of_day(relation::preceding, day_part::none), "2025-04-24", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"Thursday night in the past tense on a Thursday: the night into Thursday", part_of_day(relation::none, day_part::night).wd(thu), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"the same as a weekday with a part", weekday(thu).part(day_part::night), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"Thursday night, past, published Thursday 09:00", part_of_day(relation::none, day_part::night).wd(thu), "2025-04-24T09:00", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"Thursday night, past, published Thursday 20:00: the night has begun", part_of_day(relation::none, day_part::night).wd(thu), "2025-04-24T20:00", "", past, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"Thursday night in the future tense on a Thursday", part_of_day(relation::none, day_part::night).wd(thu), "2025-04-24", "", future, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"Thursday night in unknown tense on a Thursday", part_of_day(relation::none, day_part::night).wd(thu), "2025-04-24", "", unknown, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"Wednesday night in the past tense on a Thursday", part_of_day(relation::none, day_part::night).wd(wed), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"Tuesday evening in the past tense", weekday(tue).part(day_part::evening), "2025-04-24", "", past, "2025-04-22TEV", T::time, "", G::part_of_day, "2025-04-22T18:00", "2025-04-23T00:00"},
    {"Thursday evening, past, Thursday, no DCT time: only nights move", weekday(thu).part(day_part::evening), "2025-04-24", "", past, "2025-04-24TEV", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T00:00"},
    {"Thursday evening, past, published Thursday 10:00: the day itself (wire times are unreliable)", weekday(thu).part(day_part::evening), "2025-04-24T10:00", "", past, "2025-04-24TEV", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T00:00"},
    {"Thursday morning, past, published Thursday 10:00: has begun", weekday(thu).part(day_part::morning), "2025-04-24T10:00", "", past, "2025-04-24TMO", T::time, "", G::part_of_day, "2025-04-24T06:00", "2025-04-24T12:00"},
    {"Friday morning in the past tense, TimeBank style", weekday(fri).part(day_part::morning), "1998-08-10", "", past, "1998-08-07TMO", T::time, "", G::part_of_day, "1998-08-07T06:00", "1998-08-07T12:00"},
    {"the night, past, published at 10:00: not begun, moves back", part_of_day(relation::none, day_part::night), "2025-04-24T10:00", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"tonight, past, published at 10:00: explicit, stays", part_of_day(relation::this_, day_part::night), "2025-04-24T10:00", "", past, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"yesterday morning", relative_day(-1).part(day_part::morning), "2025-04-24", "", past, "2025-04-23TMO", T::time, "", G::part_of_day, "2025-04-23T06:00", "2025-04-23T12:00"},
    {"tomorrow night on new year's eve", relative_day(1).part(day_part::night), "2024-12-31", "", future, "2025-01-01TNI", T::time, "", G::part_of_day, "2025-01-01T18:00", "2025-01-02T06:00"},
    {"the night of April 23", part_of_day(relation::none, day_part::night).month(4).day(23), "2025-04-24", "", past, "2025-04-23TNI", T::time, "", G::part_of_day, "2025-04-23T18:00", "2025-04-24T06:00"},
    {"the night of April 24, 2025 needs no DCT", part_of_day(relation::none, day_part::night).year(2025).month(4).day(24), "", "", past, "2025-04-24TNI", T::time, "", G::part_of_day, "2025-04-24T18:00", "2025-04-25T06:00"},
    {"last night in an undated document", part_of_day(relation::last, day_part::night), "", "", past, "", T::time, "", G::none, "", ""},
    {"Thursday night in an undated document", part_of_day(relation::none, day_part::night).wd(thu), "", "", past, "", T::time, "", G::none, "", ""},
    {"the night of February 30", part_of_day(relation::none, day_part::night).month(2).day(30), "2025-04-24", "", past, "", T::time, "", G::none, "", ""},
};

TEST(part_of_day_resolution, matches_every_row) {
    for (const row& r : part_of_day_rows) expect_row(r);
}

const row clock_rows[] = {
    {"10:35 a.m. on the DCT day", clock(10, 35), "1998-08-07", "", past, "1998-08-07T10:35", T::time, "", G::minute, "1998-08-07T10:35", "1998-08-07T10:36"},
    {"noon", clock(12, 0), "2025-04-24", "", past, "2025-04-24T12:00", T::time, "", G::minute, "2025-04-24T12:00", "2025-04-24T12:01"},
    {"midnight", clock(0, 0), "2025-04-24", "", past, "2025-04-24T00:00", T::time, "", G::minute, "2025-04-24T00:00", "2025-04-24T00:01"},
    {"23:59 on new year's eve ends in the new year", clock(23, 59), "2025-12-31", "", past, "2025-12-31T23:59", T::time, "", G::minute, "2025-12-31T23:59", "2026-01-01T00:00"},
    {"5 p.m. Tuesday in the past tense", clock(17, 0).wd(tue), "2025-04-24", "", past, "2025-04-22T17:00", T::time, "", G::minute, "2025-04-22T17:00", "2025-04-22T17:01"},
    {"yesterday at 10:35", relative_day(-1).at(10, 35), "2025-04-24", "", past, "2025-04-23T10:35", T::time, "", G::minute, "2025-04-23T10:35", "2025-04-23T10:36"},
    {"10:35 on April 24, 2025", kind(ast_kind::calendar_date).year(2025).month(4).day(24).at(10, 35), "", "", past, "2025-04-24T10:35", T::time, "", G::minute, "2025-04-24T10:35", "2025-04-24T10:36"},
    {"10 p.m., past, published at 09:00: yesterday's", clock(22, 0), "2025-04-24T09:00", "", past, "2025-04-23T22:00", T::time, "", G::minute, "2025-04-23T22:00", "2025-04-23T22:01"},
    {"10 p.m., future, published at 09:00", clock(22, 0), "2025-04-24T09:00", "", future, "2025-04-24T22:00", T::time, "", G::minute, "2025-04-24T22:00", "2025-04-24T22:01"},
    {"8 a.m., past, published at 09:00", clock(8, 0), "2025-04-24T09:00", "", past, "2025-04-24T08:00", T::time, "", G::minute, "2025-04-24T08:00", "2025-04-24T08:01"},
    {"10 p.m., past, no DCT time: stays", clock(22, 0), "2025-04-24", "", past, "2025-04-24T22:00", T::time, "", G::minute, "2025-04-24T22:00", "2025-04-24T22:01"},
    {"5 p.m. Thursday, past, published Thursday 10:00: the day itself", clock(17, 0).wd(thu), "2025-04-24T10:00", "", past, "2025-04-24T17:00", T::time, "", G::minute, "2025-04-24T17:00", "2025-04-24T17:01"},
    {"10:35 that day", clock(10, 35).rel(relation::same), "2025-04-24", "2025-03-18", past, "2025-03-18T10:35", T::time, "", G::minute, "2025-03-18T10:35", "2025-03-18T10:36"},
    {"10:35 the next day", clock(10, 35).rel(relation::following), "2025-04-24", "2025-03-18", past, "2025-03-19T10:35", T::time, "", G::minute, "2025-03-19T10:35", "2025-03-19T10:36"},
    {"midnight (hour 24) alone: the start of the day", clock(24, 0), "2025-04-24", "", past, "2025-04-24T00:00", T::time, "", G::minute, "2025-04-24T00:00", "2025-04-24T00:01"},
    {"midnight Friday: the end of Friday", clock(24, 0).wd(fri), "1989-10-30", "", past, "1989-10-27T24", T::time, "", G::minute, "1989-10-28T00:00", "1989-10-28T00:01"},
    {"midnight tomorrow: the end of tomorrow", relative_day(1).at(24, 0), "2025-04-24", "", future, "2025-04-25T24", T::time, "", G::minute, "2025-04-26T00:00", "2025-04-26T00:01"},
    {"hour 24 with minutes", clock(24, 30), "2025-04-24", "", past, "", T::time, "", G::none, "", ""},
    {"hour 25", clock(25, 0), "2025-04-24", "", past, "", T::time, "", G::none, "", ""},
    {"a bare clock time is on the narrative day", clock(22, 0), "1999-04-19", "1998-10-23", past, "1998-10-23T22:00", T::time, "", G::minute, "1998-10-23T22:00", "1998-10-23T22:01"},
    {"minute 60", clock(10, 60), "2025-04-24", "", past, "", T::time, "", G::none, "", ""},
    {"10:35 in an undated document", clock(10, 35), "", "", past, "", T::time, "", G::none, "", ""},
};

TEST(time_of_day_resolution, matches_every_row) {
    for (const row& r : clock_rows) expect_row(r);
}

}  // namespace
}  // namespace dateline::resolve_testing
