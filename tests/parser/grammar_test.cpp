// Recognition: which spans the grammar finds in a sentence and what it says about each.
// Every row was checked by hand; the summary format is in ast_summary.hpp.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ast_summary.hpp"
#include "dateline/parser/recognize.hpp"

namespace {

using dateline::recognize;
using dateline::testing::summarize;

struct recognition_row {
    std::string sentence;
    std::vector<std::pair<std::string, std::string>> expected;  // {matched text, summary}
};

std::vector<std::pair<std::string, std::string>> found_in(const std::string& sentence) {
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto& r : recognize(sentence)) found.emplace_back(sentence.substr(r.begin, r.end - r.begin), summarize(r.ast));
    return found;
}

const std::vector<recognition_row> recognition_rows = {
    {"It was published on 2025-04-24 in Kyiv.",
     {{"2025-04-24", "calendar_date year=2025 month=4 day=24"},}},
    {"The deal was signed 4/24/2025 and again 24/04/25.",
     {{"4/24/2025", "calendar_date year=2025 month=4 day=24"},
      {"24/04/25", "calendar_date year=25' month=4 day=24"},}},
    {"Thursday, April 24, 2025",
     {{"Thursday, April 24, 2025", "calendar_date year=2025 month=4 day=24 weekday=4"},}},
    {"He spoke on Apr. 24 and on Sept. 30th.",
     {{"Apr. 24", "calendar_date month=4 day=24"},
      {"Sept. 30th", "calendar_date month=9 day=30"},}},
    {"Talks resumed 24 April 2025 and on the 3rd of May.",
     {{"24 April 2025", "calendar_date year=2025 month=4 day=24"},
      {"3rd of May", "calendar_date month=5 day=3"},}},
    {"Sales fell in March 2025 and in May of 2024.",
     {{"March 2025", "calendar_date year=2025 month=3"},
      {"May of 2024", "calendar_date year=2024 month=5"},}},
    {"Profit rose in Q3 2024 and in the third quarter of 2023; third-quarter profit fell.",
     {{"Q3 2024", "quarter year=2024 number=3"},
      {"the third quarter of 2023", "quarter year=2023 number=3"},
      {"third-quarter", "quarter number=3"},}},
    {"Growth slowed in the first half of 2024.",
     {{"the first half of 2024", "half_year year=2024 number=1"},}},
    {"It was popular in the 1990s and the '80s, then in 1990s Europe.",
     {{"the 1990s", "decade year=1990"},
      {"the '80s", "decade year=80'"},
      {"1990s", "decade year=1990"},}},
    {"Since the 20th century and the twenty-first century, the 21st-century economy changed.",
     {{"the 20th century", "century number=20"},
      {"the twenty-first century", "century number=21"},
      {"the 21st-century", "century number=21"},}},
    {"It happened in spring 2024, last summer, the fall of 2023 and this winter.",
     {{"spring 2024", "season year=2024 season=spring"},
      {"last summer", "season rel=last season=summer"},
      {"the fall of 2023", "season year=2023 season=fall"},
      {"this winter", "season rel=this season=winter"},}},
    {"The meeting starts at 10:35 a.m. and ends at 5 p.m. EST, Nov. 6; lunch at noon Thursday.",
     {{"10:35 a.m.", "time_of_day hour=10 minute=35"},
      {"5 p.m. EST, Nov. 6", "time_of_day month=11 day=6 hour=17"},
      {"noon Thursday", "time_of_day weekday=4 hour=12 minute=0"},}},
    {"Today, yesterday morning, tomorrow night and the day before yesterday.",
     {{"Today", "relative_day"},
      {"yesterday morning", "relative_day day_offset=-1 part=morning"},
      {"tomorrow night", "relative_day day_offset=1 part=night"},
      {"the day before yesterday", "relative_day day_offset=-2"},}},
    {"The city was hit last night, tonight, overnight, this morning and that night.",
     {{"last night", "part_of_day rel=last part=night"},
      {"tonight", "part_of_day rel=this part=night"},
      {"overnight", "part_of_day part=overnight"},
      {"this morning", "part_of_day rel=this part=morning"},
      {"that night", "part_of_day rel=same part=night"},}},
    {"He said it now, currently, so far, recently and soon, in the coming days and the next few days.",
     {{"now", "vague vague=present"},
      {"currently", "vague vague=present"},
      {"so far", "vague vague=present"},
      {"recently", "vague vague=past"},
      {"soon", "vague vague=future"},
      {"the coming days", "vague vague=future"},
      {"the next few days", "vague vague=future"},}},
    {"It came two days ago, three weeks later, a day after, and two years from now.",
     {{"two days ago", "offset unit=day count=2 dir=backward"},
      {"three weeks later", "offset rel=following unit=week count=3 dir=forward"},
      {"a day after", "offset rel=following unit=day count=1 dir=forward"},
      {"two years from now", "offset unit=year count=2 dir=forward"},}},
    {"He left the day before. The next day he returned; the following week he left again.",
     {{"the day before", "offset rel=preceding unit=day count=1 dir=backward"},
      {"The next day", "offset rel=following unit=day count=1 dir=forward"},
      {"the following week", "offset rel=following unit=week count=1 dir=forward"},}},
    {"They met that day and the same day.",
     {{"that day", "offset rel=same unit=day count=0"},
      {"the same day", "offset rel=same unit=day count=0"},}},
    {"He held an hour-long call, a 30-day ceasefire, a two-year plan, and a 47-year-old woman.",
     {{"an hour-long", "duration unit=hour count=1"},
      {"30-day", "duration unit=day count=30"},
      {"two-year", "duration unit=year count=2"},}},
    {"It lasted three years, almost two weeks, more than three years, a few days and about 10 minutes.",
     {{"three years", "duration unit=year count=3"},
      {"almost two weeks", "duration unit=week count=2 mod=less_than"},
      {"more than three years", "duration unit=year count=3 mod=more_than"},
      {"a few days", "duration unit=day fuzzy"},
      {"about 10 minutes", "duration unit=minute count=10 mod=approx"},}},
    {"It took the past three months and the past year, at the last minute, in the last week of April.",
     {{"the past three months", "duration unit=month count=3"},
      {"the past year", "named_unit rel=last unit=year"},
      {"April", "calendar_date month=4"},}},
    {"It happens every week, each Monday, every other day, twice a week, per year and annually.",
     {{"every week", "set unit=week"},
      {"each Monday", "set weekday=1"},
      {"every other day", "set unit=day count=2"},
      {"twice a week", "set unit=week times=2"},
      {"per year", "set unit=year"},
      {"annually", "set unit=year"},}},
    {"5,000 soldiers a week are dying and he earns $5 a day, for a week.",
     {{"a week", "set unit=week count=1"},
      {"a day", "set unit=day count=1"},
      {"a week", "duration unit=week count=1"},}},
    {"We met next month, last year, this week, the weekend, this weekend and the coming year.",
     {{"next month", "named_unit rel=next unit=month"},
      {"last year", "named_unit rel=last unit=year"},
      {"this week", "named_unit rel=this unit=week"},
      {"the weekend", "named_unit unit=weekend"},
      {"this weekend", "named_unit rel=this unit=weekend"},
      {"the coming year", "named_unit rel=next unit=year"},}},
    {"They met Wednesday, last Tuesday, next Monday, this Thursday and Thursday night, late on Sunday.",
     {{"Wednesday", "weekday weekday=3"},
      {"last Tuesday", "weekday rel=last weekday=2"},
      {"next Monday", "weekday rel=next weekday=1"},
      {"this Thursday", "weekday rel=this weekday=4"},
      {"Thursday night", "weekday weekday=4 part=night"},
      {"late on Sunday", "weekday weekday=0 mod=end"},}},
    {"It was 2022; growth was 2022% and cost $2025.",
     {{"2022", "calendar_date year=2022"},}},
    {"In March he would march, and we may meet in May.",
     {{"March", "calendar_date month=3"},
      {"May", "calendar_date month=5"},}},
    {"In early April, mid-March, late 2024, the end of the year, the beginning of the year.",
     {{"early April", "calendar_date month=4 mod=start"},
      {"mid-March", "calendar_date month=3 mod=mid"},
      {"late 2024", "calendar_date year=2024 mod=end"},
      {"the end of the year", "named_unit unit=year mod=end"},
      {"the beginning of the year", "named_unit unit=year mod=start"},}},
    {"Earlier today, later this month, earlier this year and early next year.",
     {{"today", "relative_day"},
      {"later this month", "named_unit rel=this unit=month"},
      {"earlier this year", "named_unit rel=this unit=year"},
      {"early next year", "named_unit rel=next unit=year mod=start"},}},
    // Numbers that continue past four digits hold no year: "2082.1", "1,500".
    {"The index closed at 2082.1, with 1989,000 shares; in 1989.", {{"1989", "calendar_date year=1989"}}},
    {"The truce began at 6 p.m. (1500 GMT), or 1400 UTC; 50% in 2025.",
     {{"6 p.m.", "time_of_day hour=18"}, {"2025", "calendar_date year=2025"}}},
    {"By the last half of the '80s sales were flat.", {{"the '80s", "decade year=80'"}}},
    // Whole words only: "Mayor" is no May, "Junebug" no June; plural weekdays are recurrences.
    {"Mayor Marchenko said Junebug Sundays Fridays.",
     {{"Sundays", "set weekday=0"}, {"Fridays", "set weekday=5"}}},
    {"It was held over the weekend, in the past and the past.",
     {{"the weekend", "named_unit unit=weekend"},
      {"the past", "vague vague=past"},
      {"the past", "vague vague=past"},}},
    {"Profit in the latest quarter and the fiscal year rose, in fiscal 1989; the third-quarter loss.",
     {{"the latest quarter", "quarter rel=same"}, {"the fiscal year", "named_unit rel=this unit=year"},
      {"fiscal 1989", "calendar_date year=1989"}, {"third-quarter", "quarter number=3"}}},
    {"He spoke last Oct. 23; Jan Smith came in Jan. 2020.", {{"Oct. 23", "calendar_date month=10 day=23"}, {"Jan. 2020", "calendar_date year=2020 month=1"}}},
    {"Profit fell from the year-earlier period, from year-ago levels and the year-ago quarter.",
     {{"the year-earlier period", "quarter rel=preceding unit=year count=1 dir=backward"},
      {"year-ago", "offset rel=preceding unit=year count=1 dir=backward"},
      {"the year-ago quarter", "quarter rel=preceding unit=year count=1 dir=backward"}}},
    // A company report's periods, placed by the quarter reported or by the DCT's year.
    {"In the comparable year-ago third quarter, the quarter a year earlier and the corresponding period last year.",
     {{"the comparable year-ago third quarter", "quarter rel=preceding number=3 unit=year count=1 dir=backward"},
      {"the quarter a year earlier", "quarter rel=preceding unit=year count=1 dir=backward"},
      {"the corresponding period last year", "quarter rel=preceding unit=year count=1 dir=backward"}}},
    {"Last year's fourth quarter, next year's first quarter, the third quarter of last year, the 1988 quarter, "
     "the 1988 second quarter, the most recent period, the fiscal first quarter, fiscal second-quarter.",
     {{"Last year's fourth quarter", "quarter rel=last number=4 unit=year"},
      {"next year's first quarter", "quarter rel=next number=1 unit=year"},
      {"the third quarter of last year", "quarter rel=last number=3 unit=year"},
      {"the 1988 quarter", "quarter year=1988"},
      {"the 1988 second quarter", "quarter year=1988 number=2"},
      {"the most recent period", "quarter rel=same"},
      {"the fiscal first quarter", "quarter number=1"},
      {"fiscal second-quarter", "quarter number=2"}}},
    // "a year-earlier loss": "year-earlier" is the date, not "a year".
    {"compared with a year-earlier loss", {{"year-earlier", "offset rel=preceding unit=year count=1 dir=backward"}}},
    // A month in a year said by its relation to the DCT, or spelled as a broadcast says it.
    {"In June last year, January this year, March next year and January nineteen ninety-seven; "
     "the winter of nineteen ninety-four.",
     {{"June last year", "calendar_date rel=last month=6 unit=year"},
      {"January this year", "calendar_date rel=this month=1 unit=year"},
      {"March next year", "calendar_date rel=next month=3 unit=year"},
      {"January nineteen ninety-seven", "calendar_date year=1997 month=1"},
      {"the winter of nineteen ninety-four", "season year=1994 season=winter"}}},
    {"For the fiscal year ended Sept. 30, by year-end, since year's end; in the nineties; the last half of 1989.",
     {{"the fiscal year", "duration unit=year count=1"},
      {"Sept. 30", "calendar_date month=9 day=30"},
      {"year-end", "named_unit unit=year mod=end"},
      {"year's end", "named_unit unit=year mod=end"},
      {"the nineties", "decade year=90'"},
      {"the last half of 1989", "half_year year=1989 number=2"}}},
    // "the year" and "the week" alone are the current ones; not in "the year-ago quarter", "the week
    // of March 6" (the week of that day) or "the year before" (a step from the narrative time).
    {"For the year, sales rose; the week's most active session; earlier in the year; the week of March 6; "
     "down from the year before.",
     {{"the year", "named_unit unit=year"},
      {"the week", "named_unit unit=week"},
      {"earlier in the year", "named_unit unit=year"},
      {"the week of March 6", "calendar_date month=3 day=6 unit=week"},
      {"the year before", "offset rel=preceding unit=year count=1 dir=backward"}}},
    // Halves: "5 1/2 hours", "a minute and a half".
    {"about 5 1/2 hours, for 2 1/2 years, a minute and a half later",
     {{"about 5 1/2 hours", "duration unit=hour count=5.5 mod=approx"},
      {"2 1/2 years", "duration unit=year count=2.5"},
      {"a minute and a half", "duration unit=minute count=1.5"}}},
    // Rates need the quantity right before them: not across a comma, never a "-long" adjective.
    {"a 30-day truce, an hour-long call; 12 people, a day later", {{"30-day", "duration unit=day count=30"}, {"an hour-long", "duration unit=hour count=1"}, {"a day later", "offset rel=following unit=day count=1 dir=forward"}}},
    {"5000 soldiers a week, 300 a month, ten dollars a day", {{"a week", "set unit=week count=1"}, {"a month", "set unit=month count=1"}, {"a day", "set unit=day count=1"}}},
    {"In nineteen ninety-six and by the year two thousand, at the annual March for Life, the March of Mothers.",
     {{"nineteen ninety-six", "calendar_date year=1996"}, {"the year two thousand", "calendar_date year=2000"}}},
    {"On Thanksgiving Day, last Christmas, Christmas 2024 and Election Day, but not christmas cookies.",
     {{"Thanksgiving Day", "holiday holiday=8"}, {"last Christmas", "holiday rel=last holiday=7"},
      {"Christmas 2024", "holiday year=2024 holiday=7"}, {"Election Day", "holiday holiday=12"}}},
    // Negative cases: words that look like dates but are not.
    {"The Marchenko report was signed by Mayor Junebug and Dr. Augustine.", {}},
    {"Orangemen march each July, every summer and on Tuesday nights; shops close Sundays.",
     {{"each July", "set month=7"}, {"every summer", "set season=summer"},
      {"Tuesday nights", "set weekday=2 part=night"}, {"Sundays", "set weekday=0"}}},
    {"Net for the year-earlier nine months and the latest nine months; at mid-afternoon yesterday.",
     {{"the year-earlier nine months", "duration unit=month count=9"},
      {"the latest nine months", "duration unit=month count=9"},
      {"mid-afternoon yesterday", "relative_day day_offset=-1 part=afternoon mod=mid"}}},
    {"A 47-year-old woman and 5000 soldiers; 1,500 troops and 3.5 million people.", {}},
    {"for two more weeks, an additional year, at least 20 more years; at 4 in the morning, 9 at night; that same day",
     {{"two more weeks", "duration unit=week count=2"},
      {"an additional year", "duration unit=year count=1"},
      {"at least 20 more years", "duration unit=year count=20 mod=equal_or_more"},
      {"4 in the morning", "time_of_day hour=4"},
      {"9 at night", "time_of_day hour=21"},
      {"that same day", "offset rel=same unit=day count=0"}}},
    {"in coming weeks, in the near term, in the short term, at a later date; the coming year",
     {{"coming weeks", "vague vague=future"}, {"the near term", "vague vague=future"},
      {"the short term", "vague vague=future"}, {"a later date", "vague vague=future"},
      {"the coming year", "named_unit rel=next unit=year"}}},
    {"on the night of April 23, the morning of Friday, the evening of 3 March 2025; the week of March 6; "
     "the first half of next year",
     {{"the night of April 23", "calendar_date month=4 day=23 part=night"},
      {"the morning of Friday", "weekday weekday=5 part=morning"},
      {"the evening of 3 March 2025", "calendar_date year=2025 month=3 day=3 part=evening"},
      {"the week of March 6", "calendar_date month=3 day=6 unit=week"},
      {"the first half of next year", "half_year rel=next number=1 unit=year"}}},
    {"in the spring of that year, in June of the following year, the second half of the previous year",
     {{"the spring of that year", "season rel=same season=spring unit=year"},
      {"June of the following year", "calendar_date rel=following month=6 unit=year"},
      {"the second half of the previous year", "half_year rel=preceding number=2 unit=year"}}},
    // An age is no duration: "52 years old".
    {"Mr. Reupke, 52 years old, and employees 55 years old or older.", {}},
    {"He may march on, and the year-long hunt and the last minute; quarterly reports previously.", {}},
    // A blank line ends an expression: "April" and "24" on either side are not one date.
    {"It was April\n\n24 people came.", {{"April", "calendar_date month=4"}}},
    // One line break inside an expression is fine (wrapped text).
    {"on Thursday,\nApril 24, 2025 it rained", {{"Thursday,\nApril 24, 2025", "calendar_date year=2025 month=4 day=24 weekday=4"}}},
    // Durations with "after" followed by the event: the duration alone is the expression.
    {"a day after Trump spoke with Putin", {{"a day", "duration unit=day count=1"}}},
    {"Overnight, drones hit; a day later, talks resumed.", {{"Overnight", "part_of_day part=overnight"}, {"a day later", "offset rel=following unit=day count=1 dir=forward"}}},
    {"Two days earlier, he left. It ended 10000000000000 days ago.", {{"Two days earlier", "offset rel=preceding unit=day count=2 dir=backward"}, {"10000000000000 days ago", "offset unit=day count=10000000000000 dir=backward"}}},
    {"during the spring and in Spring 2020; the second half", {{"the spring", "season season=spring"}, {"Spring 2020", "season year=2020 season=spring"}, {"the second half", "half_year number=2"}}},
    {"at 9 am on Monday and at 12 p.m.; midnight Friday", {{"9 am on Monday", "time_of_day weekday=1 hour=9"}, {"12 p.m.", "time_of_day hour=12"}, {"midnight Friday", "time_of_day weekday=5 hour=24 minute=0"}}},
    {"He spoke on Thu., April 24 and on Wed 23 April.", {{"Thu., April 24", "calendar_date month=4 day=24 weekday=4"}, {"Wed 23 April", "calendar_date month=4 day=23 weekday=3"}}},
    {"the previous week, the preceding year, the night before.", {{"the previous week", "offset rel=preceding unit=week count=1 dir=backward"}, {"the preceding year", "offset rel=preceding unit=year count=1 dir=backward"}, {"the night before", "part_of_day rel=preceding part=night"}}},
    {"this past Sunday and this coming Friday, that Monday", {{"this past Sunday", "weekday rel=last weekday=0"}, {"this coming Friday", "weekday rel=next weekday=5"}, {"that Monday", "weekday rel=same weekday=1"}}},
    {"weekly meetings, monthly reports, daily briefings, every two weeks", {{"weekly", "set unit=week"}, {"monthly", "set unit=month"}, {"daily", "set unit=day"}, {"every two weeks", "set unit=week count=2"}}},
    {"several years ago, some 30 years, nearly a decade, at least 72 hours, up to two weeks", {{"several years ago", "offset unit=year fuzzy dir=backward"}, {"some 30 years", "duration unit=year count=30 mod=approx"}, {"nearly a decade", "duration unit=decade count=1 mod=less_than"}, {"at least 72 hours", "duration unit=hour count=72 mod=equal_or_more"}, {"up to two weeks", "duration unit=week count=2 mod=equal_or_less"}}},
    {"twenty-five years, forty two days, 1.5 hours, half an hour", {{"twenty-five years", "duration unit=year count=25"}, {"forty two days", "duration unit=day count=42"}, {"1.5 hours", "duration unit=hour count=1.5"}, {"half an hour", "duration unit=hour count=0.5"}}},
    {"In recent years, to date, at present, these days, lately, nowadays.", {{"recent years", "vague vague=past"}, {"to date", "vague vague=present"}, {"at present", "vague vague=present"}, {"these days", "vague vague=present"}, {"lately", "vague vague=past"}, {"nowadays", "vague vague=present"}}},
    // Short informal posts: "tmrw", "2day", "2nite", abbreviated weekdays beside "this" or a clock.
    {"see u tmrw, 2day and 2nite! tmr evening, last nite", {{"tmrw", "relative_day day_offset=1"}, {"2day", "relative_day"}, {"2nite", "part_of_day rel=this part=night"}, {"tmr evening", "relative_day day_offset=1 part=evening"}, {"last nite", "part_of_day rel=last part=night"}}},
    {"judging this sat, 7pm and Sun 1:00pm; 6pm tmr; this wknd, nxt yr", {{"this sat, 7pm", "time_of_day rel=this weekday=6 hour=19"}, {"Sun 1:00pm", "time_of_day weekday=0 hour=13 minute=0"}, {"6pm tmr", "time_of_day day_offset=1 hour=18"}, {"this wknd", "named_unit rel=this unit=weekend"}, {"nxt yr", "named_unit rel=next unit=year"}}},
    {"can tues come already? thurs night, this sat, sat night", {{"tues", "weekday weekday=2"}, {"thurs night", "weekday weekday=4 part=night"}, {"this sat", "weekday rel=this weekday=6"}, {"sat night", "weekday weekday=6 part=night"}}},
    // Clock times run together ("430pm"), on a 24-hour clock ("17:45"; "2:1" is a score, "9:30.5"
    // a number) or before "tonight"; units glued to their count ("7hrs").
    {"at 430pm, 1130pm, 9:30 and 17:45. Not 2:1, 25:10 or 9:30.5", {{"430pm", "time_of_day hour=16 minute=30"}, {"1130pm", "time_of_day hour=23 minute=30"}, {"9:30", "time_of_day hour=9 minute=30"}, {"17:45", "time_of_day hour=17 minute=45"}}},
    {"at 7pm tonight", {{"7pm tonight", "time_of_day hour=19"}}},
    {"queued 7hrs, 50mins, 2weeks and 6 yrs; every morning", {{"7hrs", "duration unit=hour count=7"}, {"50mins", "duration unit=minute count=50"}, {"2weeks", "duration unit=week count=2"}, {"6 yrs", "duration unit=year count=6"}, {"every morning", "set part=morning"}}},
    {"In 481 BC and 480 B.C., by 31 BCE", {{"481 BC", "calendar_date year=-481"}, {"480 B.C.", "calendar_date year=-480"}, {"31 BCE", "calendar_date year=-31"}}},
    {"in April 480 BC, the autumn of 481 BC and late autumn of 481 B.C.", {{"April 480 BC", "calendar_date year=-480 month=4"}, {"the autumn of 481 BC", "season year=-481 season=fall"}, {"late autumn of 481 B.C.", "season year=-481 season=fall mod=end"}}},
    // Alone, "sat", "sun", "wed", "mon" are words.
    {"She sat in the sun and they wed; that Sun's profits.", {}},
    // Amounts, schedules of clock times and counts are no years: "£1000", "# 1000" (a tokeniser's
    // pound sign), "$ 2000", "1100 & 1700GMT", "the 1000s dead"; a hashtag "#2014" is a year.
    {"\xC2\xA3" "1000 invested, # 1000 invested, $ 2000 spent", {}},
    {"on air at 1100 & 1700GMT and 0900 and 1300 GMT", {}},
    {"the 1000s dead and 1000 killed; #2014", {{"2014", "calendar_date year=2014"}}},
    // "the early summer" (where in the season, after "the"); "couple of" counts two without "a".
    {"from the early summer to the late autumn of 1990", {{"the early summer", "season season=summer mod=start"}, {"the late autumn of 1990", "season year=1990 season=fall mod=end"}}},
    {"over the next couple of years and a couple of weeks", {{"the next couple of years", "duration unit=year count=2"}, {"a couple of weeks", "duration unit=week count=2"}}},
    {"the upcoming week, the current year, the previous month", {{"the upcoming week", "named_unit rel=next unit=week"}, {"the current year", "named_unit rel=this unit=year"}, {"the previous month", "offset rel=preceding unit=month count=1 dir=backward"}}},
};

TEST(recognition, finds_every_expression_in_each_row_with_its_meaning) {
    for (const auto& row : recognition_rows) EXPECT_EQ(found_in(row.sentence), row.expected) << row.sentence;
}

// In a short post, bare nouns are expressions ("a fun day", "at night"), as are lowercase months
// and holidays, and four digits that are no year a post would name are a clock time.
TEST(recognition, informal_text_takes_bare_nouns_lowercase_names_and_four_digit_clock_times) {
    const std::string post = "had a fun day, so pretty at night; the morning, last day, winter, xmas in aug; home at 1015 not 2014";
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto& r : recognize(post, {.informal = true}))
        found.emplace_back(post.substr(r.begin, r.end - r.begin), summarize(r.ast));
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"day", "duration unit=day count=1"},
        {"night", "part_of_day rel=this part=night"},
        {"the morning", "part_of_day rel=this part=morning"},
        {"last day", "relative_day"},
        {"winter", "season season=winter"},
        {"xmas", "holiday holiday=7"},
        {"aug", "calendar_date month=8"},
        {"1015", "time_of_day hour=10 minute=15"},
        {"2014", "calendar_date year=2014"}};
    EXPECT_EQ(found, expected);
    // News reads none of them but the two numbers as years.
    EXPECT_EQ(found_in(post), (std::vector<std::pair<std::string, std::string>>{
                                  {"1015", "calendar_date year=1015"}, {"2014", "calendar_date year=2014"}}));
}

TEST(recognition, offsets_are_byte_offsets_into_the_text) {
    const std::string text = "Zelenskyy\xE2\x80\x99s call on Wednesday, a day after.";
    const auto found = recognize(text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].begin, 22u);  // "Zelenskyy" 9 bytes, the apostrophe 3, "s call on " 10
    EXPECT_EQ(found[0].end, 31u);
    EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "a day after");
}

TEST(recognition, empty_and_binary_input_finds_nothing_and_does_not_crash) {
    EXPECT_TRUE(recognize("").empty());
    const std::string binary("\x00\xff\xfe 2025\x00 April \xC2\xA0 24", 21);
    const auto found = recognize(binary);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(summarize(found[0].ast), "calendar_date year=2025");
    // A no-break space (C2 A0) is white space between words.
    EXPECT_EQ(summarize(found[1].ast), "calendar_date month=4 day=24");
}

// The text is folded to lowercase eight bytes at a time: a capital is read wherever it falls.
TEST(recognition, capitals_are_read_at_every_offset_of_the_folding_blocks) {
    const std::string line = "ZELENSKYY MET PUTIN ON MONDAY AND FLIES HOME TOMORROW.";
    const auto unpadded = found_in(line);
    ASSERT_EQ(unpadded, (std::vector<std::pair<std::string, std::string>>{
                            {"MONDAY", "weekday weekday=1"}, {"TOMORROW", "relative_day day_offset=1"}}));
    for (std::size_t pad = 1; pad < 24; ++pad) EXPECT_EQ(found_in(std::string(pad, ' ') + line), unpadded) << pad;
}

TEST(recognition, reuses_the_output_vector_by_appending) {
    std::vector<dateline::recognized> out;
    dateline::recognize("Monday", out);
    dateline::recognize("Tuesday", out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[1].ast.weekday, 2u);
}

}  // namespace
