// Resolver: durations, sets, vague references, mods; which rule fired and what it was anchored
// to; undated documents.
#include <vector>

#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

ast_builder amount(double n, time_unit u) { return kind(ast_kind::duration).count(n).unit(u); }
ast_builder every(double n, time_unit u) { return kind(ast_kind::set).count(n).unit(u); }

const row duration_rows[] = {
    {"three years", amount(3, time_unit::year), "2025-04-24", "", past, "P3Y", T::duration, "", G::none, "", ""},
    {"30-day", amount(30, time_unit::day), "2025-04-24", "", past, "P30D", T::duration, "", G::none, "", ""},
    {"a day (no count)", kind(ast_kind::duration).unit(time_unit::day), "2025-04-24", "", past, "P1D", T::duration, "", G::none, "", ""},
    {"an hour-long", amount(1, time_unit::hour), "2025-04-24", "", past, "PT1H", T::duration, "", G::none, "", ""},
    {"1.5 hours: the half in minutes", amount(1.5, time_unit::hour), "2025-04-24", "", past, "PT1H30M", T::duration, "", G::none, "", ""},
    {"half an hour", amount(0.5, time_unit::hour), "2025-04-24", "", past, "PT30M", T::duration, "", G::none, "", ""},
    {"2 1/2 years", amount(2.5, time_unit::year), "2025-04-24", "", past, "P2Y6M", T::duration, "", G::none, "", ""},
    {"a minute and a half", amount(1.5, time_unit::minute), "2025-04-24", "", past, "PT1M30S", T::duration, "", G::none, "", ""},
    {"a day and a half", amount(1.5, time_unit::day), "2025-04-24", "", past, "P1DT12H", T::duration, "", G::none, "", ""},
    {"2.5 weeks stay decimal", amount(2.5, time_unit::week), "2025-04-24", "", past, "P2.5W", T::duration, "", G::none, "", ""},
    {"1.25 hours stay decimal", amount(1.25, time_unit::hour), "2025-04-24", "", past, "PT1.25H", T::duration, "", G::none, "", ""},
    {"4 minutes", amount(4, time_unit::minute), "2025-04-24", "", past, "PT4M", T::duration, "", G::none, "", ""},
    {"30 seconds", amount(30, time_unit::second), "2025-04-24", "", past, "PT30S", T::duration, "", G::none, "", ""},
    {"two weeks", amount(2, time_unit::week), "2025-04-24", "", past, "P2W", T::duration, "", G::none, "", ""},
    {"18 months", amount(18, time_unit::month), "2025-04-24", "", past, "P18M", T::duration, "", G::none, "", ""},
    {"three quarters", amount(3, time_unit::quarter), "2025-04-24", "", past, "P3Q", T::duration, "", G::none, "", ""},
    {"two decades", amount(2, time_unit::decade), "2025-04-24", "", past, "P20Y", T::duration, "", G::none, "", ""},
    {"two centuries", amount(2, time_unit::century), "2025-04-24", "", past, "P200Y", T::duration, "", G::none, "", ""},
    {"a millennium", amount(1, time_unit::millennium), "2025-04-24", "", past, "P1000Y", T::duration, "", G::none, "", ""},
    {"a weekend", amount(1, time_unit::weekend), "2025-04-24", "", past, "P1WE", T::duration, "", G::none, "", ""},
    {"two fortnights are four weeks", amount(2, time_unit::fortnight), "2025-04-24", "", past, "P4W", T::duration, "", G::none, "", ""},
    {"a half year is six months", amount(1, time_unit::half_year), "2025-04-24", "", past, "P6M", T::duration, "", G::none, "", ""},
    {"one and a half half-years are nine months", amount(1.5, time_unit::half_year), "2025-04-24", "", past, "P9M", T::duration, "", G::none, "", ""},
    {"three nights count as days", amount(3, time_unit::night), "2025-04-24", "", past, "P3D", T::duration, "", G::none, "", ""},
    {"a few years", kind(ast_kind::duration).fuzzy().unit(time_unit::year), "2025-04-24", "", past, "PXY", T::duration, "", G::none, "", ""},
    {"several days", kind(ast_kind::duration).fuzzy().unit(time_unit::day), "2025-04-24", "", past, "PXD", T::duration, "", G::none, "", ""},
    {"a few hours", kind(ast_kind::duration).fuzzy().unit(time_unit::hour), "2025-04-24", "", past, "PTXH", T::duration, "", G::none, "", ""},
    {"almost two weeks", amount(2, time_unit::week).mod(point_mod::less_than), "2025-08-28", "", past, "P2W", T::duration, "LESS_THAN", G::none, "", ""},
    {"more than two years", amount(2, time_unit::year).mod(point_mod::more_than), "2025-03-19", "", past, "P2Y", T::duration, "MORE_THAN", G::none, "", ""},
    {"three years in an undated document", amount(3, time_unit::year), "", "", past, "P3Y", T::duration, "", G::none, "", ""},
    {"a day after: the amount and the day it points at", amount(1, time_unit::day).dir(direction::forward).rel(relation::following), "2025-04-24", "2025-03-18", past, "P1D", T::duration, "", G::day, "2025-03-19", "2025-03-20"},
    {"two weeks before: the amount and the week it points at", amount(2, time_unit::week).dir(direction::backward).rel(relation::preceding), "2025-04-24", "2025-03-18", past, "P2W", T::duration, "", G::week, "2025-03-03", "2025-03-10"},
    {"a day after without a narrative time: only the amount", amount(1, time_unit::day).dir(direction::forward).rel(relation::following), "2025-04-24", "", past, "P1D", T::duration, "", G::none, "", ""},
    {"the past three months: no step from the narrative", amount(3, time_unit::month).dir(direction::backward).rel(relation::last), "2025-04-24", "2025-03-18", past, "P3M", T::duration, "", G::none, "", ""},
    {"a duration without a unit", kind(ast_kind::duration).count(3), "2025-04-24", "", past, "", T::duration, "", G::none, "", ""},
    {"a negative duration", amount(-3, time_unit::year), "2025-04-24", "", past, "", T::duration, "", G::none, "", ""},
    {"a duration too long to write", amount(1e16, time_unit::day), "2025-04-24", "", past, "", T::duration, "", G::none, "", ""},
    {"a duration of 1e13 days is still writable", amount(1e13, time_unit::day), "2025-04-24", "", past, "P10000000000000D", T::duration, "", G::none, "", ""},
};

TEST(duration_resolution, matches_every_row) {
    for (const row& r : duration_rows) expect_row(r);
}

const row set_rows[] = {
    {"every week", every(1, time_unit::week), "2025-04-24", "", present, "P1W", T::set, "", G::none, "", ""},
    {"a week (rate)", every(1, time_unit::week), "2025-04-24", "", present, "P1W", T::set, "", G::none, "", ""},
    {"twice a week keeps the period", every(1, time_unit::week).times(2), "2025-04-24", "", present, "P1W", T::set, "", G::none, "", ""},
    {"daily", every(1, time_unit::day), "2025-04-24", "", present, "P1D", T::set, "", G::none, "", ""},
    {"annually", every(1, time_unit::year), "2025-04-24", "", present, "P1Y", T::set, "", G::none, "", ""},
    {"every quarter", every(1, time_unit::quarter), "2025-04-24", "", present, "P1Q", T::set, "", G::none, "", ""},
    {"every two weeks", every(2, time_unit::week), "2025-04-24", "", present, "P2W", T::set, "", G::none, "", ""},
    {"hourly", every(1, time_unit::hour), "2025-04-24", "", present, "PT1H", T::set, "", G::none, "", ""},
    {"every few days", kind(ast_kind::set).fuzzy().unit(time_unit::day), "2025-04-24", "", present, "PXD", T::set, "", G::none, "", ""},
    {"each Monday", kind(ast_kind::set).wd(mon), "2025-04-24", "", present, "XXXX-WXX-1", T::set, "", G::none, "", ""},
    {"every Sunday is ISO day 7", kind(ast_kind::set).wd(sun), "2025-04-24", "", present, "XXXX-WXX-7", T::set, "", G::none, "", ""},
    {"Tuesday nights", kind(ast_kind::set).wd(tue).part(day_part::night), "2025-04-24", "", present, "XXXX-WXX-2TNI", T::set, "", G::none, "", ""},
    {"every March", kind(ast_kind::set).month(3), "2025-04-24", "", present, "XXXX-03", T::set, "", G::none, "", ""},
    {"every summer", kind(ast_kind::set).season(season_name::summer), "2025-04-24", "", present, "XXXX-SU", T::set, "", G::none, "", ""},
    {"every morning", kind(ast_kind::set).part(day_part::morning), "2025-04-24", "", present, "XXXX-XX-XXTMO", T::set, "", G::none, "", ""},
    {"a set in an undated document", every(1, time_unit::week), "", "", present, "P1W", T::set, "", G::none, "", ""},
    {"a set with nothing to recur", kind(ast_kind::set), "2025-04-24", "", present, "", T::set, "", G::none, "", ""},
    {"a set on weekday 7", kind(ast_kind::set).wd(7), "2025-04-24", "", present, "", T::set, "", G::none, "", ""},
    {"a set in month 13", kind(ast_kind::set).month(13), "2025-04-24", "", present, "", T::set, "", G::none, "", ""},
};

TEST(set_resolution, matches_every_row) {
    for (const row& r : set_rows) expect_row(r);
}

const row vague_rows[] = {
    {"now", kind(ast_kind::vague).vague(vague_ref::present), "2025-04-24", "", present, "PRESENT_REF", T::date, "", G::none, "", ""},
    {"recently", kind(ast_kind::vague).vague(vague_ref::past), "2025-04-24", "", past, "PAST_REF", T::date, "", G::none, "", ""},
    {"soon", kind(ast_kind::vague).vague(vague_ref::future), "2025-04-24", "", future, "FUTURE_REF", T::date, "", G::none, "", ""},
    {"now in an undated document", kind(ast_kind::vague).vague(vague_ref::present), "", "", present, "PRESENT_REF", T::date, "", G::none, "", ""},
    {"a vague reference that says nothing", kind(ast_kind::vague), "2025-04-24", "", present, "", T::date, "", G::none, "", ""},
};

TEST(vague_resolution, matches_every_row) {
    for (const row& r : vague_rows) expect_row(r);
}

struct mod_case {
    point_mod mod;
    std::string_view value;
};

TEST(mod_resolution, every_point_mod_maps_to_its_timeml_name) {
    const mod_case cases[] = {
        {point_mod::none, ""},
        {point_mod::start, "START"},
        {point_mod::mid, "MID"},
        {point_mod::end, "END"},
        {point_mod::approx, "APPROX"},
        {point_mod::less_than, "LESS_THAN"},
        {point_mod::more_than, "MORE_THAN"},
        {point_mod::equal_or_less, "EQUAL_OR_LESS"},
        {point_mod::equal_or_more, "EQUAL_OR_MORE"},
        {point_mod::on_or_after, "ON_OR_AFTER"},
        {point_mod::on_or_before, "ON_OR_BEFORE"},
        {point_mod::before, "BEFORE"},
        {point_mod::after, "AFTER"},
    };
    const resolve_context ctx = context_of("2025-04-24", "", past);
    for (const mod_case& c : cases) {
        SCOPED_TRACE(std::string{c.value});
        EXPECT_EQ(resolve(amount(3, time_unit::year).mod(c.mod), ctx).mod, c.value);
        EXPECT_EQ(resolve(kind(ast_kind::weekday).wd(wed).mod(c.mod), ctx).mod, c.value);
        EXPECT_EQ(resolve(kind(ast_kind::calendar_date).year(2025).month(4).mod(c.mod), ctx).mod, c.value);
    }
}

TEST(mod_resolution, mod_leaves_value_and_interval_alone) {
    const resolve_context ctx = context_of("2025-04-24", "", past);
    const resolution plain = resolve(kind(ast_kind::calendar_date).year(1999).month(11), ctx);
    const resolution late = resolve(kind(ast_kind::calendar_date).year(1999).month(11).mod(point_mod::end), ctx);
    EXPECT_EQ(late.value, plain.value);
    EXPECT_EQ(late.when, plain.when);
    EXPECT_EQ(late.mod, "END");
}

const rule_row rule_rows[] = {
    {"last March", kind(ast_kind::calendar_date).month(3).rel(relation::last), "2025-04-24", "", past, "calendar.last_ended_before_previous_month", anchor_kind::dct, "2025-04-24"},
    {"the following March", kind(ast_kind::calendar_date).month(3).rel(relation::following), "2025-04-24", "2025-03-18", past, "calendar.next_strictly_after", anchor_kind::narrative, "2025-03-18"},
    {"that day", kind(ast_kind::offset).rel(relation::same).unit(time_unit::day).count(0), "2025-04-24", "2025-03-18", past, "offset.narrative_itself", anchor_kind::narrative, "2025-03-18"},
    {"explicit date", kind(ast_kind::calendar_date).year(2025).month(4).day(24), "2025-04-24", "", past, "calendar.explicit", anchor_kind::none, ""},
    {"explicit date, weekday disagrees", kind(ast_kind::calendar_date).year(2025).month(4).day(24).wd(fri), "", "", past, "calendar.weekday_disagrees_date_wins", anchor_kind::none, ""},
    {"missing year, past", kind(ast_kind::calendar_date).month(4).day(25), "2025-04-24", "", past, "calendar.missing_year.past_not_after_dct", anchor_kind::dct, "2025-04-24"},
    {"missing year, future", kind(ast_kind::calendar_date).month(4).day(25), "2025-04-24", "", future, "calendar.missing_year.future_not_before_dct", anchor_kind::dct, "2025-04-24"},
    {"missing year, unknown", kind(ast_kind::calendar_date).month(4).day(25), "2025-04-24", "", unknown, "calendar.missing_year.nearest_dct", anchor_kind::dct, "2025-04-24"},
    {"missing month", kind(ast_kind::calendar_date).day(3), "2025-04-24", "", unknown, "calendar.missing_month.by_tense", anchor_kind::dct, "2025-04-24"},
    {"missing year, undated", kind(ast_kind::calendar_date).month(4).day(25), "", "", past, "calendar.missing_year.undated", anchor_kind::missing, ""},
    {"invalid date", kind(ast_kind::calendar_date).year(2025).month(2).day(30), "2025-04-24", "", past, "calendar.invalid", anchor_kind::none, ""},
    {"two-digit year against a DCT with a time", kind(ast_kind::calendar_date).yy(98), "2025-04-24T10:35", "", past, "calendar.two_digit_year.near_dct", anchor_kind::dct, "2025-04-24T10:35"},
    {"two-digit year, undated", kind(ast_kind::calendar_date).yy(98), "", "", past, "calendar.two_digit_year.pivot", anchor_kind::none, ""},
    {"decade from a two-digit year", kind(ast_kind::decade).yy(90), "2025-04-24", "", past, "decade.two_digit.latest_begun_by_dct", anchor_kind::dct, "2025-04-24"},
    {"century", kind(ast_kind::century).number(20), "2025-04-24", "", past, "century.explicit", anchor_kind::none, ""},
    {"last summer", kind(ast_kind::season).season(season_name::summer).rel(relation::last), "2025-04-24", "", past, "season.last_such_before_current", anchor_kind::dct, "2025-04-24"},
    {"the third quarter, past", kind(ast_kind::quarter).number(3), "2025-04-24", "", past, "quarter.missing_year.past_not_after_dct", anchor_kind::dct, "2025-04-24"},
    {"today, against a DCT with time and zone", kind(ast_kind::relative_day), "2025-04-24T21:10+03:00", "", past, "relative_day.dct_plus_offset", anchor_kind::dct, "2025-04-24T21:10"},
    {"weekday, past", kind(ast_kind::weekday).wd(wed), "2025-04-24", "", past, "weekday.past_on_or_before", anchor_kind::dct, "2025-04-24"},
    {"weekday, future", kind(ast_kind::weekday).wd(fri), "2025-04-24", "", future, "weekday.future_on_or_after", anchor_kind::dct, "2025-04-24"},
    {"weekday, unknown", kind(ast_kind::weekday).wd(wed), "2025-04-24", "", unknown, "weekday.unknown_on_or_before", anchor_kind::dct, "2025-04-24"},
    {"weekday, present", kind(ast_kind::weekday).wd(wed), "2025-04-24", "", present, "weekday.unknown_on_or_before", anchor_kind::dct, "2025-04-24"},
    {"last weekday", kind(ast_kind::weekday).wd(wed).rel(relation::last), "2025-04-24", "", past, "weekday.last_in_week_before", anchor_kind::dct, "2025-04-24"},
    {"next weekday", kind(ast_kind::weekday).wd(wed).rel(relation::next), "2025-04-24", "", future, "weekday.next_strictly_after", anchor_kind::dct, "2025-04-24"},
    {"this weekday", kind(ast_kind::weekday).wd(wed).rel(relation::this_), "2025-04-24", "", future, "weekday.this_iso_week", anchor_kind::dct, "2025-04-24"},
    {"the following weekday", kind(ast_kind::weekday).wd(mon).rel(relation::following), "2025-04-24", "2025-03-18", past, "weekday.following_strictly_after", anchor_kind::narrative, "2025-03-18"},
    {"the preceding weekday", kind(ast_kind::weekday).wd(fri).rel(relation::preceding), "2025-04-24", "2025-03-18", past, "weekday.preceding_strictly_before", anchor_kind::narrative, "2025-03-18"},
    {"weekday, undated", kind(ast_kind::weekday).wd(wed), "", "", past, "weekday.undated", anchor_kind::missing, ""},
    {"Thursday night said on a Thursday in the past tense", kind(ast_kind::part_of_day).wd(thu).part(day_part::night), "2025-04-24", "", past, "part_of_day.past_not_after_dct", anchor_kind::dct, "2025-04-24"},
    {"Tuesday evening keeps the weekday rule", kind(ast_kind::weekday).wd(tue).part(day_part::evening), "2025-04-24", "", past, "weekday.past_on_or_before", anchor_kind::dct, "2025-04-24"},
    {"last night", kind(ast_kind::part_of_day).rel(relation::last).part(day_part::night), "2025-04-24", "", past, "part_of_day.last_is_dct_previous_day", anchor_kind::dct, "2025-04-24"},
    {"tonight", kind(ast_kind::part_of_day).rel(relation::this_).part(day_part::night), "2025-04-24", "", future, "part_of_day.on_dct_day", anchor_kind::dct, "2025-04-24"},
    {"overnight, past", kind(ast_kind::part_of_day).part(day_part::overnight), "2025-04-24", "", past, "part_of_day.overnight_past_before_dct", anchor_kind::dct, "2025-04-24"},
    {"overnight, future", kind(ast_kind::part_of_day).part(day_part::overnight), "2025-04-24", "", future, "part_of_day.overnight_future_dct_night", anchor_kind::dct, "2025-04-24"},
    {"that night", kind(ast_kind::part_of_day).rel(relation::same).part(day_part::night), "2025-04-24", "2025-03-18", past, "part_of_day.narrative_day", anchor_kind::narrative, "2025-03-18"},
    {"earlier today", kind(ast_kind::part_of_day).rel(relation::preceding), "2025-04-24", "", past, "part_of_day.within_anchor_day", anchor_kind::dct, "2025-04-24"},
    {"last night, undated", kind(ast_kind::part_of_day).rel(relation::last).part(day_part::night), "", "", past, "part_of_day.undated", anchor_kind::missing, ""},
    {"10 p.m. said at 09:00 in the past tense", kind(ast_kind::time_of_day).at(22, 0), "2025-04-24T09:00", "", past, "time_of_day.past_not_after_dct", anchor_kind::dct, "2025-04-24T09:00"},
    {"10:35 on the DCT day", kind(ast_kind::time_of_day).at(10, 35), "2025-04-24", "", past, "time_of_day.on_dct_day", anchor_kind::dct, "2025-04-24"},
    {"hour 25", kind(ast_kind::time_of_day).at(25, 0), "2025-04-24", "", past, "time_of_day.invalid", anchor_kind::dct, "2025-04-24"},
    {"this week", kind(ast_kind::named_unit).rel(relation::this_).unit(time_unit::week), "2025-04-24", "", past, "named_unit.this", anchor_kind::dct, "2025-04-24"},
    {"the weekend ahead", kind(ast_kind::named_unit).unit(time_unit::weekend), "2025-04-24", "", future, "named_unit.weekend.on_or_after", anchor_kind::dct, "2025-04-24"},
    {"the weekend past", kind(ast_kind::named_unit).unit(time_unit::weekend), "2025-04-24", "", past, "named_unit.weekend.past_on_or_before", anchor_kind::dct, "2025-04-24"},
    {"the following week", kind(ast_kind::named_unit).rel(relation::following).unit(time_unit::week), "2025-04-24", "2025-03-18", past, "named_unit.following_narrative", anchor_kind::narrative, "2025-03-18"},
    {"the following week, no narrative time", kind(ast_kind::named_unit).rel(relation::following).unit(time_unit::week), "2025-04-24", "", past, "named_unit.following_dct", anchor_kind::dct, "2025-04-24"},
    {"two days ago", kind(ast_kind::offset).count(2).unit(time_unit::day).dir(direction::backward), "2025-04-24", "", past, "offset.dct_backward", anchor_kind::dct, "2025-04-24"},
    {"in two weeks", kind(ast_kind::offset).count(2).unit(time_unit::week).dir(direction::forward), "2025-04-24", "", future, "offset.dct_forward", anchor_kind::dct, "2025-04-24"},
    {"a day after", kind(ast_kind::offset).count(1).unit(time_unit::day).dir(direction::forward).rel(relation::following), "2025-04-24", "2025-03-18", past, "offset.narrative_forward", anchor_kind::narrative, "2025-03-18"},
    {"the day before", kind(ast_kind::offset).unit(time_unit::day).dir(direction::backward).rel(relation::preceding), "2025-04-24", "2025-03-18T10:35", past, "offset.narrative_backward", anchor_kind::narrative, "2025-03-18T10:35"},
    {"a day after, no narrative time", kind(ast_kind::offset).count(1).unit(time_unit::day).dir(direction::forward).rel(relation::following), "2025-04-24", "", past, "offset.no_narrative_dct_forward", anchor_kind::dct, "2025-04-24"},
    {"a few years ago", kind(ast_kind::offset).fuzzy().unit(time_unit::year).dir(direction::backward), "2025-04-24", "", past, "offset.fuzzy_count", anchor_kind::dct, "2025-04-24"},
    {"1e13 days ago", kind(ast_kind::offset).count(1e13).unit(time_unit::day).dir(direction::backward), "2025-04-24", "", past, "offset.out_of_range", anchor_kind::dct, "2025-04-24"},
    {"two hours ago, no DCT time", kind(ast_kind::offset).count(2).unit(time_unit::hour).dir(direction::backward), "2025-04-24", "", past, "offset.clock_unit_needs_anchor_time", anchor_kind::dct, "2025-04-24"},
    {"two days ago, undated", kind(ast_kind::offset).count(2).unit(time_unit::day).dir(direction::backward), "", "", past, "offset.undated", anchor_kind::missing, ""},
    {"three years", kind(ast_kind::duration).count(3).unit(time_unit::year), "2025-04-24", "", past, "duration.amount", anchor_kind::none, ""},
    {"a day after, as a duration", kind(ast_kind::duration).count(1).unit(time_unit::day).dir(direction::forward).rel(relation::following), "2025-04-24", "2025-03-18", past, "duration.amount_with_narrative_step", anchor_kind::narrative, "2025-03-18"},
    {"each Monday", kind(ast_kind::set).wd(mon), "2025-04-24", "", past, "set.weekday", anchor_kind::none, ""},
    {"now", kind(ast_kind::vague).vague(vague_ref::present), "2025-04-24", "", present, "vague.reference", anchor_kind::dct, "2025-04-24"},
    {"now, undated", kind(ast_kind::vague).vague(vague_ref::present), "", "", present, "vague.reference", anchor_kind::none, ""},
    {"a kind outside the enumeration", kind(static_cast<ast_kind>(99)), "2025-04-24", "", past, "kind.unknown", anchor_kind::none, ""},
};

TEST(resolution_rules, name_the_rule_and_the_anchor) {
    for (const rule_row& r : rule_rows) expect_rule_row(r);
}

struct undated_case {
    std::string_view description;
    temporal_ast ast;
    timex_type type;
};

TEST(undated_documents, leave_every_relative_expression_unresolved_with_anchor_missing) {
    const undated_case cases[] = {
        {"April 24", kind(ast_kind::calendar_date).month(4).day(24), T::date},
        {"March", kind(ast_kind::calendar_date).month(3), T::date},
        {"last summer", kind(ast_kind::season).season(season_name::summer).rel(relation::last), T::date},
        {"next quarter", kind(ast_kind::quarter).rel(relation::next), T::date},
        {"the second half", kind(ast_kind::half_year).number(2), T::date},
        {"this decade", kind(ast_kind::decade).rel(relation::this_), T::date},
        {"yesterday", kind(ast_kind::relative_day).offset(-1), T::date},
        {"Wednesday", kind(ast_kind::weekday).wd(wed), T::date},
        {"Tuesday evening", kind(ast_kind::weekday).wd(tue).part(day_part::evening), T::time},
        {"yesterday at 10:35", kind(ast_kind::relative_day).offset(-1).at(10, 35), T::time},
        {"this week", kind(ast_kind::named_unit).rel(relation::this_).unit(time_unit::week), T::date},
        {"the weekend", kind(ast_kind::named_unit).unit(time_unit::weekend), T::date},
        {"two days ago", kind(ast_kind::offset).count(2).unit(time_unit::day).dir(direction::backward), T::date},
        {"two hours ago", kind(ast_kind::offset).count(2).unit(time_unit::hour).dir(direction::backward), T::time},
        {"a few years ago", kind(ast_kind::offset).fuzzy().unit(time_unit::year).dir(direction::backward), T::date},
        {"last night", kind(ast_kind::part_of_day).rel(relation::last).part(day_part::night), T::time},
        {"overnight", kind(ast_kind::part_of_day).part(day_part::overnight), T::time},
        {"10:35", kind(ast_kind::time_of_day).at(10, 35), T::time},
    };
    for (const tense t : {past, present, future, unknown}) {
        for (const undated_case& c : cases) {
            SCOPED_TRACE(std::string{c.description} + ", " + std::string{to_string(t)});
            const resolution r = resolve(c.ast, context_of("", "", t));
            EXPECT_EQ(r.value, "");
            EXPECT_FALSE(r.resolved());
            EXPECT_EQ(to_string(r.type), to_string(c.type));
            EXPECT_EQ(to_string(r.anchor), "missing");
            EXPECT_EQ(r.anchor_value, "");
            EXPECT_FALSE(r.when.has_value());
            EXPECT_EQ(to_string(r.grain), "none");
            EXPECT_FALSE(r.rule.empty());
        }
    }
}

TEST(undated_documents, resolve_absolute_expressions_without_an_anchor) {
    const std::vector<temporal_ast> absolute = {
        kind(ast_kind::calendar_date).year(2025).month(4).day(24),
        kind(ast_kind::calendar_date).year(2022),
        kind(ast_kind::decade).year(1990),
        kind(ast_kind::century).number(20),
        kind(ast_kind::season).season(season_name::spring).year(2024),
        kind(ast_kind::quarter).number(3).year(2024),
        kind(ast_kind::half_year).number(1).year(2024),
    };
    for (const temporal_ast& a : absolute) {
        const resolution r = resolve(a, context_of("", "", past));
        EXPECT_TRUE(r.resolved()) << r.rule;
        EXPECT_EQ(to_string(r.anchor), "none") << r.value;
        EXPECT_TRUE(r.when.has_value()) << r.value;
    }
}

}  // namespace
}  // namespace dateline::resolve_testing
