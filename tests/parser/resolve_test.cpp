// Resolver: explicit calendar fields, decades, centuries, seasons, quarters and halves.
// Every expected value was checked against a real calendar (python3 datetime).
#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

ast_builder date_of(int y, unsigned m, unsigned d) { return kind(ast_kind::calendar_date).year(y).month(m).day(d); }
ast_builder month_day(unsigned m, unsigned d) { return kind(ast_kind::calendar_date).month(m).day(d); }
ast_builder month_only(unsigned m) { return kind(ast_kind::calendar_date).month(m); }
ast_builder year_only(int y) { return kind(ast_kind::calendar_date).year(y); }

const row calendar_rows[] = {
    // Full dates need no DCT.
    {"April 24, 2025", date_of(2025, 4, 24), "", "", unknown, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"Thursday, April 24, 2025 (weekday agrees)", date_of(2025, 4, 24).wd(thu), "", "", unknown, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"Friday, April 24, 2025 (weekday disagrees, the date wins)", date_of(2025, 4, 24).wd(fri), "", "", unknown, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    // Without a year, the weekday picks the year within a year of the DCT, whatever the tense.
    {"the week of March 6, 2000", date_of(2000, 3, 6).unit(time_unit::week), "", "", past, "2000-W10", T::date, "", G::week, "2000-03-06", "2000-03-13"},
    {"the week of March 1 (a Wednesday), past", month_day(3, 1).unit(time_unit::week), "2000-03-20", "", past, "2000-W09", T::date, "", G::week, "2000-02-28", "2000-03-06"},
    {"Tuesday, March 4 in the future tense: the past one is a Tuesday", month_day(3, 4).wd(tue), "2025-04-24", "", future, "2025-03-04", T::date, "", G::day, "2025-03-04", "2025-03-05"},
    {"Wednesday, March 4 in the past tense: next year's is a Wednesday", month_day(3, 4).wd(wed), "2025-04-24", "", past, "2026-03-04", T::date, "", G::day, "2026-03-04", "2026-03-05"},
    {"Monday, March 4: no such Monday within a year, the tense's year stays", month_day(3, 4).wd(mon), "2025-04-24", "", past, "2025-03-04", T::date, "", G::day, "2025-03-04", "2025-03-05"},
    {"a full date ignores the DCT", date_of(1998, 8, 7), "2025-04-24", "", past, "1998-08-07", T::date, "", G::day, "1998-08-07", "1998-08-08"},
    {"leap day 2024", date_of(2024, 2, 29), "", "", unknown, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"leap day 2000 (divisible by 400)", date_of(2000, 2, 29), "", "", unknown, "2000-02-29", T::date, "", G::day, "2000-02-29", "2000-03-01"},
    {"new year's eve ends at next year's midnight", date_of(2025, 12, 31), "", "", unknown, "2025-12-31", T::date, "", G::day, "2025-12-31", "2026-01-01"},
    {"March 2025", kind(ast_kind::calendar_date).year(2025).month(3), "", "", unknown, "2025-03", T::date, "", G::month, "2025-03-01", "2025-04-01"},
    {"December 2024 ends in 2025", kind(ast_kind::calendar_date).year(2024).month(12), "", "", unknown, "2024-12", T::date, "", G::month, "2024-12-01", "2025-01-01"},
    {"February 2024 (leap)", kind(ast_kind::calendar_date).year(2024).month(2), "", "", unknown, "2024-02", T::date, "", G::month, "2024-02-01", "2024-03-01"},
    {"2022", year_only(2022), "", "", unknown, "2022", T::date, "", G::year, "2022-01-01", "2023-01-01"},
    {"year 0000 is still writable", year_only(0), "", "", unknown, "0000", T::date, "", G::year, "0000-01-01", "0001-01-01"},
    {"year 9999", year_only(9999), "", "", unknown, "9999", T::date, "", G::year, "9999-01-01", "10000-01-01"},

    // Missing year, DCT Thursday 24 April 2025.
    {"April 23 in the past tense", month_day(4, 23), "2025-04-24", "", past, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"April 25 in the past tense, a day after the DCT: within a month's tolerance", month_day(4, 25), "2025-04-24", "", past, "2025-04-25", T::date, "", G::day, "2025-04-25", "2025-04-26"},
    {"August 25 in the past tense, four months after the DCT: previous year", month_day(8, 25), "2025-04-24", "", past, "2024-08-25", T::date, "", G::day, "2024-08-25", "2024-08-26"},
    {"April 25 in the future tense", month_day(4, 25), "2025-04-24", "", future, "2025-04-25", T::date, "", G::day, "2025-04-25", "2025-04-26"},
    {"April 23 in the future tense, a day before the DCT: a deadline just passed, this year", month_day(4, 23), "2025-04-24", "", future, "2025-04-23", T::date, "", G::day, "2025-04-23", "2025-04-24"},
    {"April 10 in the future tense, 14 days before the DCT: still this year", month_day(4, 10), "2025-04-24", "", future, "2025-04-10", T::date, "", G::day, "2025-04-10", "2025-04-11"},
    {"April 9 in the future tense, 15 days before the DCT: next year", month_day(4, 9), "2025-04-24", "", future, "2026-04-09", T::date, "", G::day, "2026-04-09", "2026-04-10"},
    {"the DCT's own day in the past tense", month_day(4, 24), "2025-04-24", "", past, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"the DCT's own day in the future tense", month_day(4, 24), "2025-04-24", "", future, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"April 25 in unknown tense is the nearest: tomorrow", month_day(4, 25), "2025-04-24", "", unknown, "2025-04-25", T::date, "", G::day, "2025-04-25", "2025-04-26"},
    {"October 23 unknown: news reports the past, last October", month_day(10, 23), "2025-04-24", "", unknown, "2024-10-23", T::date, "", G::day, "2024-10-23", "2024-10-24"},
    {"May 30 unknown: 36 days ahead, within two months' tolerance", month_day(5, 30), "2025-04-24", "", unknown, "2025-05-30", T::date, "", G::day, "2025-05-30", "2025-05-31"},
    {"October 24 unknown: 181 days behind beats 182 ahead", month_day(10, 24), "2025-04-24", "", unknown, "2024-10-24", T::date, "", G::day, "2024-10-24", "2024-10-25"},
    {"present tense picks the nearest like unknown", month_day(10, 24), "2025-04-24", "", present, "2024-10-24", T::date, "", G::day, "2024-10-24", "2024-10-25"},
    {"December 30 seen from January 2 (unknown)", month_day(12, 30), "2025-01-02", "", unknown, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"December 30 seen from January 2 (past)", month_day(12, 30), "2025-01-02", "", past, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"December 30 seen from January 2 (future): three days back, within the fortnight", month_day(12, 30), "2025-01-02", "", future, "2024-12-30", T::date, "", G::day, "2024-12-30", "2024-12-31"},
    {"December 10 seen from January 2 (future): the coming one", month_day(12, 10), "2025-01-02", "", future, "2025-12-10", T::date, "", G::day, "2025-12-10", "2025-12-11"},
    {"January 3 seen from December 30 (unknown)", month_day(1, 3), "2024-12-30", "", unknown, "2025-01-03", T::date, "", G::day, "2025-01-03", "2025-01-04"},
    {"January 3 seen from December 30 (past): four days ahead, within tolerance", month_day(1, 3), "2024-12-30", "", past, "2025-01-03", T::date, "", G::day, "2025-01-03", "2025-01-04"},
    {"February 15 seen from December 30 (past): 47 days ahead, within tolerance", month_day(2, 15), "2024-12-30", "", past, "2025-02-15", T::date, "", G::day, "2025-02-15", "2025-02-16"},
    {"April 15 seen from December 30 (past): 106 days ahead, previous one", month_day(4, 15), "2024-12-30", "", past, "2024-04-15", T::date, "", G::day, "2024-04-15", "2024-04-16"},
    {"January 3 seen from December 30 (future)", month_day(1, 3), "2024-12-30", "", future, "2025-01-03", T::date, "", G::day, "2025-01-03", "2025-01-04"},
    {"March in the future tense, said in April", month_only(3), "2025-04-24", "", future, "2026-03", T::date, "", G::month, "2026-03-01", "2026-04-01"},
    {"March in the past tense", month_only(3), "2025-04-24", "", past, "2025-03", T::date, "", G::month, "2025-03-01", "2025-04-01"},
    {"May in the past tense, a week ahead: within two months' tolerance", month_only(5), "2025-04-24", "", past, "2025-05", T::date, "", G::month, "2025-05-01", "2025-06-01"},
    {"July in the past tense, two months ahead: last year's", month_only(7), "2025-04-24", "", past, "2024-07", T::date, "", G::month, "2024-07-01", "2024-08-01"},
    {"April in the past tense contains the DCT", month_only(4), "2025-04-24", "", past, "2025-04", T::date, "", G::month, "2025-04-01", "2025-05-01"},
    {"April in the future tense contains the DCT", month_only(4), "2025-04-24", "", future, "2025-04", T::date, "", G::month, "2025-04-01", "2025-05-01"},
    {"November unknown: 144 days behind beats 190 ahead", month_only(11), "2025-04-24", "", unknown, "2024-11", T::date, "", G::month, "2024-11-01", "2024-12-01"},
    {"September unknown: the last one begun", month_only(9), "2025-04-24", "", unknown, "2024-09", T::date, "", G::month, "2024-09-01", "2024-10-01"},
    {"February 29 in the past tense from 1 March 2025", month_day(2, 29), "2025-03-01", "", past, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"February 29 in the future tense from 1 March 2025", month_day(2, 29), "2025-03-01", "", future, "2028-02-29", T::date, "", G::day, "2028-02-29", "2028-03-01"},
    {"February 29 unknown from 1 March 2025", month_day(2, 29), "2025-03-01", "", unknown, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"February 29 on the leap day itself", month_day(2, 29), "2024-02-29", "", past, "2024-02-29", T::date, "", G::day, "2024-02-29", "2024-03-01"},
    {"a DCT with time and zone still counts its local day", month_day(4, 24), "2025-04-24T23:30+03:00", "", future, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},

    // A relation instead of a year: "last March" is the latest March ended before the previous
    // month (as TimeBank annotates it).
    {"last March, said in April", month_only(3).rel(relation::last), "2025-04-24", "", past, "2024-03", T::date, "", G::month, "2024-03-01", "2024-04-01"},
    {"last April, said in October 1989 (TimeBank: 1989-04)", month_only(4).rel(relation::last), "1989-10-27", "", past, "1989-04", T::date, "", G::month, "1989-04-01", "1989-05-01"},
    {"last November, said in January 2000 (TimeBank: 1999-11)", month_only(11).rel(relation::last), "2000-01-13", "", past, "1999-11", T::date, "", G::month, "1999-11-01", "1999-12-01"},
    {"last October, said in October", month_only(10).rel(relation::last), "1989-10-27", "", past, "1988-10", T::date, "", G::month, "1988-10-01", "1988-11-01"},
    {"last February, said on 1 March 1998 (TimeBank: 1997-02)", month_only(2).rel(relation::last), "1998-03-01", "", past, "1997-02", T::date, "", G::month, "1997-02-01", "1997-03-01"},
    {"last May, said in February 1998 (TimeBank: 1997-05)", month_only(5).rel(relation::last), "1998-02-27", "", past, "1997-05", T::date, "", G::month, "1997-05-01", "1997-06-01"},
    {"next May, said in April", month_only(5).rel(relation::next), "2025-04-24", "", future, "2025-05", T::date, "", G::month, "2025-05-01", "2025-06-01"},
    {"next April, said in April", month_only(4).rel(relation::next), "2025-04-24", "", future, "2026-04", T::date, "", G::month, "2026-04-01", "2026-05-01"},
    {"next March, said in April", month_only(3).rel(relation::next), "2025-04-24", "", future, "2026-03", T::date, "", G::month, "2026-03-01", "2026-04-01"},
    {"this September, said in April", month_only(9).rel(relation::this_), "2025-04-24", "", future, "2025-09", T::date, "", G::month, "2025-09-01", "2025-10-01"},
    {"this March, said in April", month_only(3).rel(relation::this_), "2025-04-24", "", past, "2025-03", T::date, "", G::month, "2025-03-01", "2025-04-01"},
    {"the following March, after 18 March", month_only(3).rel(relation::following), "2025-04-24", "2025-03-18", past, "2026-03", T::date, "", G::month, "2026-03-01", "2026-04-01"},
    {"the preceding March, before 10 April", month_only(3).rel(relation::preceding), "2025-04-24", "2025-04-10", past, "2025-03", T::date, "", G::month, "2025-03-01", "2025-04-01"},
    {"last March in an undated document", month_only(3).rel(relation::last), "", "", past, "", T::date, "", G::none, "", ""},

    // Day of month only ("on the 24th"): the month comes from the DCT.
    {"the 24th in the past tense, said on 10 April", kind(ast_kind::calendar_date).day(24), "2025-04-10", "", past, "2025-03-24", T::date, "", G::day, "2025-03-24", "2025-03-25"},
    {"the 24th in the future tense, said on 10 April", kind(ast_kind::calendar_date).day(24), "2025-04-10", "", future, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"the 24th unknown: the last one begun", kind(ast_kind::calendar_date).day(24), "2025-04-10", "", unknown, "2025-03-24", T::date, "", G::day, "2025-03-24", "2025-03-25"},
    {"the 31st ahead skips April 31", kind(ast_kind::calendar_date).day(31), "2025-04-10", "", future, "2025-05-31", T::date, "", G::day, "2025-05-31", "2025-06-01"},
    {"the 31st behind", kind(ast_kind::calendar_date).day(31), "2025-04-10", "", past, "2025-03-31", T::date, "", G::day, "2025-03-31", "2025-04-01"},

    // Two-digit years: [DCT year - 89, DCT year + 10], or the %y pivot when undated.
    {"'98 from 2025", kind(ast_kind::calendar_date).yy(98), "2025-04-24", "", unknown, "1998", T::date, "", G::year, "1998-01-01", "1999-01-01"},
    {"4/24/25 from 2025", kind(ast_kind::calendar_date).yy(25).month(4).day(24), "2025-04-24", "", unknown, "2025-04-24", T::date, "", G::day, "2025-04-24", "2025-04-25"},
    {"'35 is the window's last year from 2025", kind(ast_kind::calendar_date).yy(35), "2025-04-24", "", unknown, "2035", T::date, "", G::year, "2035-01-01", "2036-01-01"},
    {"'36 is the window's first year from 2025", kind(ast_kind::calendar_date).yy(36), "2025-04-24", "", unknown, "1936", T::date, "", G::year, "1936-01-01", "1937-01-01"},
    {"'10 from 2000", kind(ast_kind::calendar_date).yy(10), "2000-06-01", "", unknown, "2010", T::date, "", G::year, "2010-01-01", "2011-01-01"},
    {"'11 from 2000", kind(ast_kind::calendar_date).yy(11), "2000-06-01", "", unknown, "1911", T::date, "", G::year, "1911-01-01", "1912-01-01"},
    {"'00 from 2025", kind(ast_kind::calendar_date).yy(0), "2025-04-24", "", unknown, "2000", T::date, "", G::year, "2000-01-01", "2001-01-01"},
    {"undated '68 takes the pivot: 2068", kind(ast_kind::calendar_date).yy(68), "", "", unknown, "2068", T::date, "", G::year, "2068-01-01", "2069-01-01"},
    {"undated '69 takes the pivot: 1969", kind(ast_kind::calendar_date).yy(69), "", "", unknown, "1969", T::date, "", G::year, "1969-01-01", "1970-01-01"},
    {"undated 2/29/96", kind(ast_kind::calendar_date).yy(96).month(2).day(29), "", "", unknown, "1996-02-29", T::date, "", G::day, "1996-02-29", "1996-03-01"},

    // Invalid fields are unresolved, never a crash.
    {"February 30, 2025", date_of(2025, 2, 30), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"February 29, 2025 (not a leap year)", date_of(2025, 2, 29), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"February 29, 1900 (not a leap year)", date_of(1900, 2, 29), "", "", past, "", T::date, "", G::none, "", ""},
    {"April 31", date_of(2025, 4, 31), "", "", past, "", T::date, "", G::none, "", ""},
    {"month 13", date_of(2025, 13, 1), "", "", past, "", T::date, "", G::none, "", ""},
    {"month 0", kind(ast_kind::calendar_date).year(2025).month(0), "", "", past, "", T::date, "", G::none, "", ""},
    {"day 0", date_of(2025, 4, 0), "", "", past, "", T::date, "", G::none, "", ""},
    {"day 32", month_day(1, 32), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"February 30 without a year", month_day(2, 30), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"weekday 7", date_of(2025, 4, 24).wd(7), "", "", past, "", T::date, "", G::none, "", ""},
    {"year 10000", year_only(10000), "", "", past, "", T::date, "", G::none, "", ""},
    {"year -1 is 1 BC (the grammar's '1 BC'), the calendar's year 0", year_only(-1), "", "", past, "BC0001", T::date, "", G::year, "0000-01-01", "0001-01-01"},
    {"year -10000", year_only(-10000), "", "", past, "", T::date, "", G::none, "", ""},
    {"two-digit year 100", kind(ast_kind::calendar_date).yy(100), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"a day and a year but no month", kind(ast_kind::calendar_date).year(2025).day(3), "", "", past, "", T::date, "", G::none, "", ""},
    {"nothing said at all", kind(ast_kind::calendar_date), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"no year in an undated document", month_day(4, 24), "", "", past, "", T::date, "", G::none, "", ""},
    {"no year, DCT near the end of writable time", month_day(12, 31), "9999-12-31", "", future, "9999-12-31", T::date, "", G::day, "9999-12-31", "10000-01-01"},
};

TEST(calendar_date_resolution, matches_every_row) {
    for (const row& r : calendar_rows) expect_row(r);
}

const row decade_century_rows[] = {
    {"the 1990s", kind(ast_kind::decade).year(1990), "", "", unknown, "199", T::date, "", G::decade, "1990-01-01", "2000-01-01"},
    {"the 2020s", kind(ast_kind::decade).year(2020), "", "", unknown, "202", T::date, "", G::decade, "2020-01-01", "2030-01-01"},
    {"the '90s from 2025", kind(ast_kind::decade).yy(90), "2025-04-24", "", unknown, "199", T::date, "", G::decade, "1990-01-01", "2000-01-01"},
    {"the '20s from 2025", kind(ast_kind::decade).yy(20), "2025-04-24", "", unknown, "202", T::date, "", G::decade, "2020-01-01", "2030-01-01"},
    {"the '30s from 2025 have not begun: 1930s", kind(ast_kind::decade).yy(30), "2025-04-24", "", unknown, "193", T::date, "", G::decade, "1930-01-01", "1940-01-01"},
    {"the '20s from 1999", kind(ast_kind::decade).yy(20), "1999-05-01", "", unknown, "192", T::date, "", G::decade, "1920-01-01", "1930-01-01"},
    {"the '00s from 2025", kind(ast_kind::decade).yy(0), "2025-04-24", "", unknown, "200", T::date, "", G::decade, "2000-01-01", "2010-01-01"},
    {"undated '90s", kind(ast_kind::decade).yy(90), "", "", unknown, "199", T::date, "", G::decade, "1990-01-01", "2000-01-01"},
    {"undated '20s", kind(ast_kind::decade).yy(20), "", "", unknown, "202", T::date, "", G::decade, "2020-01-01", "2030-01-01"},
    {"undated '50s", kind(ast_kind::decade).yy(50), "", "", unknown, "195", T::date, "", G::decade, "1950-01-01", "1960-01-01"},
    {"the 1995s is no decade", kind(ast_kind::decade).year(1995), "", "", unknown, "", T::date, "", G::none, "", ""},
    {"the '95s is no decade", kind(ast_kind::decade).yy(95), "2025-04-24", "", unknown, "", T::date, "", G::none, "", ""},
    {"this decade (no year)", kind(ast_kind::decade).rel(relation::this_), "2025-04-24", "", unknown, "202", T::date, "", G::decade, "2020-01-01", "2030-01-01"},
    {"the 20th century", kind(ast_kind::century).number(20), "", "", unknown, "19", T::date, "", G::century, "1900-01-01", "2000-01-01"},
    {"the 21st century", kind(ast_kind::century).number(21), "", "", unknown, "20", T::date, "", G::century, "2000-01-01", "2100-01-01"},
    {"the first century", kind(ast_kind::century).number(1), "", "", unknown, "00", T::date, "", G::century, "0000-01-01", "0100-01-01"},
    {"century 0", kind(ast_kind::century).number(0), "", "", unknown, "", T::date, "", G::none, "", ""},
    {"century 101", kind(ast_kind::century).number(101), "", "", unknown, "", T::date, "", G::none, "", ""},
    {"last century (no number)", kind(ast_kind::century).rel(relation::last), "2025-04-24", "", past, "19", T::date, "", G::century, "1900-01-01", "2000-01-01"},
};

TEST(decade_and_century_resolution, matches_every_row) {
    for (const row& r : decade_century_rows) expect_row(r);
}

ast_builder season_of(season_name s) { return kind(ast_kind::season).season(s); }
ast_builder quarter_of(unsigned q) { return kind(ast_kind::quarter).number(q); }
ast_builder half_of(unsigned h) { return kind(ast_kind::half_year).number(h); }

const row cycle_rows[] = {
    {"spring 2024", season_of(season_name::spring).year(2024), "", "", unknown, "2024-SP", T::date, "", G::season, "2024-03-01", "2024-06-01"},
    {"summer 2024", season_of(season_name::summer).year(2024), "", "", unknown, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"fall 2024", season_of(season_name::fall).year(2024), "", "", unknown, "2024-FA", T::date, "", G::season, "2024-09-01", "2024-12-01"},
    {"winter 2024 runs into 2025", season_of(season_name::winter).year(2024), "", "", unknown, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"winter 2023 runs through a leap February", season_of(season_name::winter).year(2023), "", "", unknown, "2023-WI", T::date, "", G::season, "2023-12-01", "2024-03-01"},
    {"summer '24 from 2025", season_of(season_name::summer).yy(24), "2025-04-24", "", unknown, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"last summer, said in spring", season_of(season_name::summer).rel(relation::last), "2025-04-24", "", past, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"this summer, said in spring", season_of(season_name::summer).rel(relation::this_), "2025-04-24", "", future, "2025-SU", T::date, "", G::season, "2025-06-01", "2025-09-01"},
    {"next summer, said in spring", season_of(season_name::summer).rel(relation::next), "2025-04-24", "", future, "2025-SU", T::date, "", G::season, "2025-06-01", "2025-09-01"},
    {"last spring, said in spring", season_of(season_name::spring).rel(relation::last), "2025-04-24", "", past, "2024-SP", T::date, "", G::season, "2024-03-01", "2024-06-01"},
    {"this spring, said in spring", season_of(season_name::spring).rel(relation::this_), "2025-04-24", "", past, "2025-SP", T::date, "", G::season, "2025-03-01", "2025-06-01"},
    {"next spring, said in spring", season_of(season_name::spring).rel(relation::next), "2025-04-24", "", future, "2026-SP", T::date, "", G::season, "2026-03-01", "2026-06-01"},
    {"winter in the past tense, said in April", season_of(season_name::winter), "2025-04-24", "", past, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"winter in the future tense, said in April", season_of(season_name::winter), "2025-04-24", "", future, "2025-WI", T::date, "", G::season, "2025-12-01", "2026-03-01"},
    {"summer in the past tense, said in April", season_of(season_name::summer), "2025-04-24", "", past, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"summer unknown: the last one begun", season_of(season_name::summer), "2025-04-24", "", unknown, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"last season (no name), said in spring", kind(ast_kind::season).rel(relation::last), "2025-04-24", "", past, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"this winter, said in January", season_of(season_name::winter).rel(relation::this_), "2025-01-15", "", unknown, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"last winter, said in January", season_of(season_name::winter).rel(relation::last), "2025-01-15", "", past, "2023-WI", T::date, "", G::season, "2023-12-01", "2024-03-01"},
    {"next winter, said in January", season_of(season_name::winter).rel(relation::next), "2025-01-15", "", future, "2025-WI", T::date, "", G::season, "2025-12-01", "2026-03-01"},
    {"winter in the future tense, said in January, is the current one", season_of(season_name::winter), "2025-01-15", "", future, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"winter in the past tense, said in January", season_of(season_name::winter), "2025-01-15", "", past, "2024-WI", T::date, "", G::season, "2024-12-01", "2025-03-01"},
    {"this summer, said in January", season_of(season_name::summer).rel(relation::this_), "2025-01-15", "", future, "2025-SU", T::date, "", G::season, "2025-06-01", "2025-09-01"},
    {"this winter, said in October", season_of(season_name::winter).rel(relation::this_), "2025-10-10", "", future, "2025-WI", T::date, "", G::season, "2025-12-01", "2026-03-01"},
    {"last summer, said in December", season_of(season_name::summer).rel(relation::last), "2025-12-10", "", past, "2025-SU", T::date, "", G::season, "2025-06-01", "2025-09-01"},

    {"Q3 2024", quarter_of(3).year(2024), "", "", unknown, "2024-Q3", T::date, "", G::quarter, "2024-07-01", "2024-10-01"},
    {"Q4 2024 ends in 2025", quarter_of(4).year(2024), "", "", unknown, "2024-Q4", T::date, "", G::quarter, "2024-10-01", "2025-01-01"},
    {"Q1 2024", quarter_of(1).year(2024), "", "", unknown, "2024-Q1", T::date, "", G::quarter, "2024-01-01", "2024-04-01"},
    {"last quarter, said in April", kind(ast_kind::quarter).rel(relation::last), "2025-04-24", "", past, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"this quarter, said in April", kind(ast_kind::quarter).rel(relation::this_), "2025-04-24", "", unknown, "2025-Q2", T::date, "", G::quarter, "2025-04-01", "2025-07-01"},
    {"the quarter, said in April", kind(ast_kind::quarter), "2025-04-24", "", unknown, "2025-Q2", T::date, "", G::quarter, "2025-04-01", "2025-07-01"},
    {"next quarter, said in April", kind(ast_kind::quarter).rel(relation::next), "2025-04-24", "", future, "2025-Q3", T::date, "", G::quarter, "2025-07-01", "2025-10-01"},
    {"last quarter, said in January", kind(ast_kind::quarter).rel(relation::last), "2025-01-10", "", past, "2024-Q4", T::date, "", G::quarter, "2024-10-01", "2025-01-01"},
    {"next quarter, said on new year's eve", kind(ast_kind::quarter).rel(relation::next), "2024-12-31", "", future, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"the third quarter in the past tense", quarter_of(3), "2025-04-24", "", past, "2024-Q3", T::date, "", G::quarter, "2024-07-01", "2024-10-01"},
    {"the third quarter in the future tense", quarter_of(3), "2025-04-24", "", future, "2025-Q3", T::date, "", G::quarter, "2025-07-01", "2025-10-01"},
    {"the third quarter unknown: the last one begun", quarter_of(3), "2025-04-24", "", unknown, "2024-Q3", T::date, "", G::quarter, "2024-07-01", "2024-10-01"},
    {"the first quarter in the past tense", quarter_of(1), "2025-04-24", "", past, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"the second quarter in the past tense has begun", quarter_of(2), "2025-04-24", "", past, "2025-Q2", T::date, "", G::quarter, "2025-04-01", "2025-07-01"},
    {"the second quarter in the future tense has not ended", quarter_of(2), "2025-04-24", "", future, "2025-Q2", T::date, "", G::quarter, "2025-04-01", "2025-07-01"},
    {"last third quarter", quarter_of(3).rel(relation::last), "2025-04-24", "", past, "2024-Q3", T::date, "", G::quarter, "2024-07-01", "2024-10-01"},
    {"next first quarter", quarter_of(1).rel(relation::next), "2025-04-24", "", future, "2026-Q1", T::date, "", G::quarter, "2026-01-01", "2026-04-01"},
    {"the first quarter in the future tense weeks after it ended (results to come)", quarter_of(1), "2025-04-24", "", future, "2025-Q1", T::date, "", G::quarter, "2025-01-01", "2025-04-01"},
    {"the first quarter in the future tense months after it ended", quarter_of(1), "2025-07-24", "", future, "2026-Q1", T::date, "", G::quarter, "2026-01-01", "2026-04-01"},
    {"the second half in the future tense weeks after it ended", half_of(2), "2025-01-20", "", future, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"quarter 5", quarter_of(5), "2025-04-24", "", past, "", T::date, "", G::none, "", ""},
    {"quarter 0", quarter_of(0).year(2024), "", "", past, "", T::date, "", G::none, "", ""},

    {"the first half of 2024", half_of(1).year(2024), "", "", unknown, "2024-H1", T::date, "", G::half_year, "2024-01-01", "2024-07-01"},
    {"the second half of 2024", half_of(2).year(2024), "", "", unknown, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"the second half in the past tense, said in April", half_of(2), "2025-04-24", "", past, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"the second half in the future tense, said in April", half_of(2), "2025-04-24", "", future, "2025-H2", T::date, "", G::half_year, "2025-07-01", "2026-01-01"},
    {"the first half in the past tense, said in April", half_of(1), "2025-04-24", "", past, "2025-H1", T::date, "", G::half_year, "2025-01-01", "2025-07-01"},
    {"last half, said in April", kind(ast_kind::half_year).rel(relation::last), "2025-04-24", "", past, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"next half, said in April", kind(ast_kind::half_year).rel(relation::next), "2025-04-24", "", future, "2025-H2", T::date, "", G::half_year, "2025-07-01", "2026-01-01"},
    {"this half, said in April", kind(ast_kind::half_year).rel(relation::this_), "2025-04-24", "", unknown, "2025-H1", T::date, "", G::half_year, "2025-01-01", "2025-07-01"},
    {"the first half of next year", half_of(1).unit(time_unit::year).rel(relation::next), "2025-04-24", "", future, "2026-H1", T::date, "", G::half_year, "2026-01-01", "2026-07-01"},
    {"the second half of last year", half_of(2).unit(time_unit::year).rel(relation::last), "2025-04-24", "", past, "2024-H2", T::date, "", G::half_year, "2024-07-01", "2025-01-01"},
    {"the first half of next year, undated", half_of(1).unit(time_unit::year).rel(relation::next), "", "", future, "", T::date, "", G::none, "", ""},
    {"half 3", half_of(3).year(2024), "", "", unknown, "", T::date, "", G::none, "", ""},

    {"last summer in an undated document", season_of(season_name::summer).rel(relation::last), "", "", past, "", T::date, "", G::none, "", ""},
    {"summer 2024 in an undated document", season_of(season_name::summer).year(2024), "", "", past, "2024-SU", T::date, "", G::season, "2024-06-01", "2024-09-01"},
    {"the third quarter in an undated document", quarter_of(3), "", "", past, "", T::date, "", G::none, "", ""},
};

TEST(season_quarter_half_resolution, matches_every_row) {
    for (const row& r : cycle_rows) expect_row(r);
}

}  // namespace
}  // namespace dateline::resolve_testing

namespace dateline::resolve_testing {
namespace {

// A company report's periods; with no quarter reported yet, the report is about the last quarter
// ended before the DCT.
ast_builder year_ago_quarter() {
    return kind(ast_kind::quarter).unit(time_unit::year).rel(relation::preceding).count(1).dir(direction::backward);
}
ast_builder quarter_of_dct_year(relation r) { return kind(ast_kind::quarter).unit(time_unit::year).rel(r); }

const row reporting_rows[] = {
    {"the year-ago quarter", year_ago_quarter(), "1989-11-02", "", past, "1988-Q3", T::date, "", G::quarter, "1988-07-01", "1988-10-01"},
    {"the year-ago second quarter", year_ago_quarter().number(2), "1989-11-02", "", past, "1988-Q2", T::date, "", G::quarter, "1988-04-01", "1988-07-01"},
    {"the quarter two years earlier", year_ago_quarter().count(2), "1989-11-02", "", past, "1987-Q3", T::date, "", G::quarter, "1987-07-01", "1987-10-01"},
    {"the year-ago quarter, said in January", year_ago_quarter(), "1990-01-20", "", past, "1988-Q4", T::date, "", G::quarter, "1988-10-01", "1989-01-01"},
    {"last year's fourth quarter", quarter_of_dct_year(relation::last).number(4), "1989-11-02", "", past, "1988-Q4", T::date, "", G::quarter, "1988-10-01", "1989-01-01"},
    {"last year's quarter", quarter_of_dct_year(relation::last), "1989-11-02", "", past, "1988-Q3", T::date, "", G::quarter, "1988-07-01", "1988-10-01"},
    {"this year's first quarter, said in January", quarter_of_dct_year(relation::this_).number(1), "1990-01-20", "", future, "1990-Q1", T::date, "", G::quarter, "1990-01-01", "1990-04-01"},
    {"next year's first quarter", quarter_of_dct_year(relation::next).number(1), "1989-11-02", "", future, "1990-Q1", T::date, "", G::quarter, "1990-01-01", "1990-04-01"},
    {"quarter 0 of 1988", quarter_of(0).year(1988), "1989-11-02", "", past, "", T::date, "", G::none, "", ""},
    {"the 1988 second quarter", quarter_of(2).year(1988), "1989-11-02", "", past, "1988-Q2", T::date, "", G::quarter, "1988-04-01", "1988-07-01"},
    {"the latest period", kind(ast_kind::quarter).rel(relation::same), "1989-11-02", "", past, "1989-Q3", T::date, "", G::quarter, "1989-07-01", "1989-10-01"},
    {"the latest quarter, said in January", kind(ast_kind::quarter).rel(relation::same), "1990-01-20", "", past, "1989-Q4", T::date, "", G::quarter, "1989-10-01", "1990-01-01"},
    {"the year-ago quarter in an undated document", year_ago_quarter(), "", "", past, "", T::date, "", G::none, "", ""},
};

TEST(reporting_quarter_resolution, matches_every_row) {
    for (const row& r : reporting_rows) expect_row(r);
}

TEST(reporting_quarter_resolution, the_1988_quarter_takes_the_number_of_the_quarter_reported) {
    temporal_ast a;
    a.kind = ast_kind::quarter;
    a.year = 1988;
    const resolution r = resolve(a, context_of("1989-11-02", "", tense::past));
    EXPECT_EQ(r.value, "1988-Q3");
    EXPECT_EQ(r.rule, "quarter.reporting.year_of_reported");
}

TEST(reporting_quarter_resolution, counts_from_the_reported_quarter_when_there_is_one) {
    resolve_context ctx = context_of("1989-11-02", "", tense::past);
    const date::local_days q2{date::year{1989} / 4 / 1};
    ctx.reported_quarter = reference_time{{date::local_seconds{q2}, date::local_seconds{q2 + date::months{3}}},
                                          granularity::quarter, "1989-Q2"};
    const resolution r = resolve(year_ago_quarter(), ctx);
    EXPECT_EQ(r.value, "1988-Q2");
    EXPECT_EQ(r.rule, "quarter.reporting.years_before_reported");
    EXPECT_EQ(r.anchor, anchor_kind::narrative);
    EXPECT_EQ(r.anchor_value, "1989-Q2");
    // The DCT's year, not the reported quarter's, for "last year's".
    EXPECT_EQ(resolve(quarter_of_dct_year(relation::last).number(2), ctx).value, "1988-Q2");
    EXPECT_EQ(resolve(kind(ast_kind::quarter).rel(relation::same), ctx).value, "1989-Q2");
}

// In a story (resolve_context::story), a yearless date takes the year of the story's time at its
// granularity; what the writer counts from now ("last March", "two years ago") keeps the DCT.
struct story_row {
    std::string_view description;
    temporal_ast ast;
    std::string_view story_value;  // "1940-09" (a month), "1944" (a year), "1941-06-22" (a day)
    tense clause;
    std::string_view value;
    std::string_view rule;
    anchor_kind anchor;
};

reference_time story_time(std::string_view value) {
    int y = 0;
    unsigned m = 1, d = 1;
    const int fields = std::sscanf(std::string{value}.c_str(), "%d-%u-%u", &y, &m, &d);
    const date::local_days first{date::year{y} / date::month{m} / date::day{d}};
    const date::local_days end = fields == 1   ? date::local_days{date::year{y + 1} / 1 / 1}
                                 : fields == 2 ? date::local_days{(date::year{y} / date::month{m} + date::months{1}) / 1}
                                               : first + date::days{1};
    const granularity g = fields == 1 ? granularity::year : fields == 2 ? granularity::month : granularity::day;
    return reference_time{{date::local_seconds{first}, date::local_seconds{end}}, g, std::string{value}};
}

const story_row story_rows[] = {
    {"February after September 1940: the story's year", month_only(2), "1940-09", past, "1940-02", "calendar.missing_year.story_year", anchor_kind::story},
    {"June 10 after 1944", month_day(6, 10), "1944", past, "1944-06-10", "calendar.missing_year.story_year", anchor_kind::story},
    {"December 7 after June 22, 1941, future tense alike", month_day(12, 7), "1941-06-22", future, "1941-12-07", "calendar.missing_year.story_year", anchor_kind::story},
    {"February 29 after 1943: the nearest leap year", month_day(2, 29), "1943", past, "1944-02-29", "calendar.missing_year.story_year", anchor_kind::story},
    {"the summer after 1915", kind(ast_kind::season).season(season_name::summer), "1915", past, "1915-SU", "season.missing_year.story_year", anchor_kind::story},
    {"the winter after March 1917", kind(ast_kind::season).season(season_name::winter), "1917-03", past, "1917-WI", "season.missing_year.story_year", anchor_kind::story},
    // A winter is named after its January: the one a story is in up to May, the coming one from June.
    {"the winter after December 1918: the coming one", kind(ast_kind::season).season(season_name::winter), "1918-12", past, "1919-WI", "season.missing_year.story_year", anchor_kind::story},
    {"the winter after June 1777: the coming one", kind(ast_kind::season).season(season_name::winter), "1777-06", past, "1778-WI", "season.missing_year.story_year", anchor_kind::story},
    {"the winter after January 3, 1777: the one it is in", kind(ast_kind::season).season(season_name::winter), "1777-01-03", past, "1777-WI", "season.missing_year.story_year", anchor_kind::story},
    {"the winter after May 1920: the one just ended", kind(ast_kind::season).season(season_name::winter), "1920-05", past, "1920-WI", "season.missing_year.story_year", anchor_kind::story},
    {"the winter after 1944 (a year): the one ending in it", kind(ast_kind::season).season(season_name::winter), "1944", past, "1944-WI", "season.missing_year.story_year", anchor_kind::story},
    {"last March keeps the DCT", month_only(3).rel(relation::last), "1944", past, "2009-03", "calendar.last_ended_before_previous_month", anchor_kind::dct},
    {"two years ago keeps the DCT", kind(ast_kind::offset).unit(time_unit::year).count(2).dir(direction::backward), "1944", past, "2007", "offset.dct_backward", anchor_kind::dct},
    // "in the weeks before the invasion": the month of the story's time, where the happening is told.
    {"the weeks before, after June 22, 1941", kind(ast_kind::vague).vague(vague_ref::past).rel(relation::preceding).unit(time_unit::week), "1941-06-22", past, "1941-06", "vague.before_event", anchor_kind::story},
    {"the days before, after 1944: the year", kind(ast_kind::vague).vague(vague_ref::past).rel(relation::preceding).unit(time_unit::day), "1944", past, "1944", "vague.before_event", anchor_kind::story},
};

TEST(story_resolution, matches_every_row) {
    for (const story_row& r : story_rows) {
        resolve_context ctx = context_of("2009-12-19", "", r.clause);
        ctx.story = story_time(r.story_value);
        ctx.mentioned = ctx.story;
        const resolution got = resolve(r.ast, ctx);
        EXPECT_EQ(got.value, r.value) << r.description;
        EXPECT_EQ(got.rule, r.rule) << r.description;
        EXPECT_EQ(got.anchor, r.anchor) << r.description;
    }
}

// Business news: after "the third quarter", "a year earlier" / "a year ago" is that quarter a
// year before (TimeBank writes "1988-Q3"), whatever the DCT's own quarter.
TEST(offset_resolution, a_year_before_after_a_reported_quarter_is_that_quarter_a_year_before) {
    temporal_ast a;
    a.kind = ast_kind::offset;
    a.unit = time_unit::year;
    a.dir = direction::backward;
    resolve_context ctx = context_of("1989-11-02", "", tense::past);
    const date::local_days q3{date::year{1989} / 7 / 1};
    ctx.reported_quarter = reference_time{{date::local_seconds{q3}, date::local_seconds{q3 + date::months{3}}},
                                          granularity::quarter, "1989-Q3"};
    for (const auto& [count, value] : {std::pair{1.0, "1988-Q3"}, std::pair{2.0, "1987-Q3"}}) {
        a.count = count;
        const resolution r = resolve(a, ctx);
        EXPECT_EQ(r.value, value);
        EXPECT_EQ(r.grain, granularity::quarter);
        EXPECT_EQ(r.rule, "offset.year_before_reported_quarter");
        EXPECT_EQ(r.anchor, anchor_kind::narrative);
        EXPECT_EQ(r.anchor_value, "1989-Q3");
    }
    a.unit = time_unit::month;  // other units keep their own granularity
    a.count = 1.0;
    EXPECT_EQ(resolve(a, ctx).value, "1989-10");
}

}  // namespace
}  // namespace dateline::resolve_testing

namespace dateline::resolve_testing {
namespace {

struct holiday_row {
    const char* description;
    holiday_name holiday;
    std::optional<int> year;
    relation rel;
    const char* dct;
    tense t;
    const char* value;
    const char* rule;
};

// Dates checked with Python's datetime (nth weekday of a month counted by hand in code there).
const holiday_row holiday_rows[] = {
    {"Thanksgiving 2025: fourth Thursday of November", holiday_name::thanksgiving, 2025, relation::none, "", tense::unknown, "2025-11-27", "holiday.explicit_year"},
    {"Memorial Day 2024: last Monday of May", holiday_name::memorial_day, 2024, relation::none, "", tense::unknown, "2024-05-27", "holiday.explicit_year"},
    {"Martin Luther King Day 2025: third Monday of January", holiday_name::martin_luther_king_day, 2025, relation::none, "", tense::unknown, "2025-01-20", "holiday.explicit_year"},
    {"Election Day 2024: the Tuesday after the first Monday of November", holiday_name::election_day, 2024, relation::none, "", tense::unknown, "2024-11-05", "holiday.explicit_year"},
    {"Labor Day 2024: first Monday of September", holiday_name::labor_day, 2024, relation::none, "", tense::unknown, "2024-09-02", "holiday.explicit_year"},
    {"Christmas in the past tense, said in November: last year's", holiday_name::christmas, {}, relation::none, "1999-11-30", tense::past, "1998-12-25", "holiday.by_tense"},
    {"Christmas in the future tense, said in November: this year's", holiday_name::christmas, {}, relation::none, "1999-11-30", tense::future, "1999-12-25", "holiday.by_tense"},
    {"Thanksgiving in the past tense, five days after it", holiday_name::thanksgiving, {}, relation::none, "1999-11-30", tense::past, "1999-11-25", "holiday.by_tense"},
    {"last Thanksgiving on Thanksgiving Day itself: the year before", holiday_name::thanksgiving, {}, relation::last, "1999-11-25", tense::past, "1998-11-26", "holiday.last_strictly_before"},
    {"next Christmas said on Christmas Eve", holiday_name::christmas, {}, relation::next, "2024-12-24", tense::future, "2024-12-25", "holiday.next_strictly_after"},
    {"New Year's Day seen from 31 December, future", holiday_name::new_years_day, {}, relation::none, "2024-12-31", tense::future, "2025-01-01", "holiday.by_tense"},
    {"Christmas in an undated document: unresolved", holiday_name::christmas, {}, relation::none, "", tense::past, "", "holiday.undated"},
};

TEST(holiday_resolution, matches_every_row) {
    for (const auto& row : holiday_rows) {
        SCOPED_TRACE(row.description);
        temporal_ast a;
        a.kind = ast_kind::holiday;
        a.holiday = row.holiday;
        a.year = row.year;
        a.rel = row.rel;
        const resolution r = resolve(a, context_of(row.dct, "", row.t));
        EXPECT_EQ(r.value, row.value);
        EXPECT_EQ(r.rule, row.rule);
        EXPECT_EQ(r.type, timex_type::date);
        if (r.resolved()) {
            EXPECT_EQ(r.grain, granularity::day);
        }
    }
}

}  // namespace
}  // namespace dateline::resolve_testing

namespace dateline::resolve_testing {
namespace {

TEST(before_christ_resolution, a_year_before_christ_is_written_bc_and_lies_before_year_1) {
    const resolution r = resolve(kind(ast_kind::calendar_date).year(-481), context_of("2009-06-01", "", past));
    EXPECT_EQ(r.value, "BC0481");
    EXPECT_EQ(r.rule, "calendar.before_christ");
    ASSERT_TRUE(r.when);
    EXPECT_EQ(r.when->begin, date::local_seconds{date::local_days{date::year{-480} / 1 / 1}});
}

// "April 480 BC", "the autumn of 481 BC", "6 June 479 BC": the month, season or day of a year BC.
TEST(before_christ_resolution, a_month_season_or_day_of_a_year_before_christ) {
    const resolve_context ctx = context_of("2009-06-01", "", past);
    const resolution april = resolve(kind(ast_kind::calendar_date).year(-480).month(4), ctx);
    EXPECT_EQ(april.value, "BC0480-04");
    EXPECT_EQ(april.rule, "calendar.before_christ");
    ASSERT_TRUE(april.when);
    EXPECT_EQ(april.when->begin, date::local_seconds{date::local_days{date::year{-479} / 4 / 1}});
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(-479).month(6).day(6), ctx).value, "BC0479-06-06");
    EXPECT_EQ(resolve(kind(ast_kind::season).season(season_name::fall).year(-481), ctx).value, "BC0481-FA");
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(-10000).month(4), ctx).rule, "calendar.invalid");
}

// A short post without a tense cue names this year's: "Christmas" in October is the coming one,
// "winter" in February the one that begins in December, "17th June" in May this June. A tense
// cue still decides.
TEST(post_year_resolution, yearless_dates_holidays_and_seasons_take_the_dcts_year) {
    resolve_context ctx = context_of("2014-10-14", "", unknown);
    ctx.post = true;
    EXPECT_EQ(resolve(kind(ast_kind::holiday), ctx).value, "");  // no holiday named: unresolved
    temporal_ast christmas = kind(ast_kind::holiday);
    christmas.holiday = holiday_name::christmas;
    EXPECT_EQ(resolve(christmas, ctx).value, "2014-12-25");
    EXPECT_EQ(resolve(christmas, ctx).rule, "holiday.post_year");
    EXPECT_EQ(resolve(kind(ast_kind::season).season(season_name::winter), context_of("2014-02-03", "", unknown)).value,
              "2013-WI");
    resolve_context february = context_of("2014-02-03", "", unknown);
    february.post = true;
    EXPECT_EQ(resolve(kind(ast_kind::season).season(season_name::winter), february).value, "2014-WI");
    resolve_context may = context_of("2013-05-20", "", unknown);
    may.post = true;
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).month(8).day(17), may).value, "2013-08-17");
    may.clause_tense = past;
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).month(8).day(17), may).value, "2012-08-17");
    ctx.post = false;
    EXPECT_EQ(resolve(christmas, ctx).value, "2013-12-25");
}

// In a post, the tweet gold's spellings: a year said in digits "2014-XX-XX" ("last year" stays
// "2013"), a day said by its weekday alone "2013-04-13-WXX-6T19:00", a calendar week with its month
// "2015-03-W13" (the month of the week's Thursday). Elsewhere TIMEX3's own.
TEST(post_spelling, years_weekdays_and_weeks_are_written_as_the_tweet_gold_writes_them) {
    resolve_context ctx = context_of("2013-04-10", "", unknown);
    ctx.post = true;
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(2014), ctx).value, "2014-XX-XX");
    EXPECT_EQ(resolve(kind(ast_kind::named_unit).unit(time_unit::year).rel(relation::last), ctx).value, "2012");
    EXPECT_EQ(resolve(kind(ast_kind::weekday).wd(sat).rel(relation::this_).at(19, 0), ctx).value,
              "2013-04-13-WXX-6T19:00");
    EXPECT_EQ(resolve(kind(ast_kind::weekday).wd(sun).rel(relation::next), ctx).value, "2013-04-14-WXX-7");
    EXPECT_EQ(resolve(kind(ast_kind::weekday).wd(fri).part(day_part::night).rel(relation::this_), ctx).value,
              "2013-04-12-WXX-5TNI");
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(2012).month(12).day(14).wd(fri), ctx).value, "2012-12-14");
    EXPECT_EQ(resolve(kind(ast_kind::set).wd(mon), ctx).value, "XXXX-WXX-1");
    EXPECT_EQ(resolve(kind(ast_kind::named_unit).unit(time_unit::week).rel(relation::this_), ctx).value,
              "2013-04-W15");
    // Week 1 of 2015 begins on 29 December 2014: its Thursday is 1 January.
    resolve_context new_year = context_of("2015-01-02", "", unknown);
    new_year.post = true;
    EXPECT_EQ(resolve(kind(ast_kind::named_unit).unit(time_unit::week).rel(relation::this_), new_year).value,
              "2015-01-W01");
    EXPECT_EQ(resolve(kind(ast_kind::named_unit).unit(time_unit::weekend).rel(relation::this_), new_year).value,
              "2015-W01-WE");
    // Years and months ago to the day (the month's last day when the day is missing there); a
    // century by its number as a duration, the Nth of them.
    resolve_context may_31 = context_of("2015-05-31", "", unknown);
    may_31.post = true;
    const ast_builder ago = kind(ast_kind::offset).dir(direction::backward);
    EXPECT_EQ(resolve(ago.unit(time_unit::year).count(2), may_31).value, "2013-05-31");
    EXPECT_EQ(resolve(ago.unit(time_unit::month).count(3), may_31).value, "2015-02-28");
    EXPECT_EQ(resolve(ago.unit(time_unit::month).fuzzy(), may_31).value, "PAST_REF");
    const resolution century = resolve(kind(ast_kind::century).number(19), may_31);
    EXPECT_EQ(century.value, "P1C-#19");
    EXPECT_EQ(century.type, T::duration);
    EXPECT_FALSE(century.when);
    may_31.post = false;
    EXPECT_EQ(resolve(ago.unit(time_unit::year).count(2), may_31).value, "2013");
    EXPECT_EQ(resolve(kind(ast_kind::century).number(19), may_31).value, "18");
    ctx.post = false;
    EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(2014), ctx).value, "2014");
    EXPECT_EQ(resolve(kind(ast_kind::weekday).wd(sat).rel(relation::this_).at(19, 0), ctx).value, "2013-04-13T19:00");
    EXPECT_EQ(resolve(kind(ast_kind::named_unit).unit(time_unit::week).rel(relation::this_), ctx).value, "2013-W15");
}

}  // namespace
}  // namespace dateline::resolve_testing
