// "Wednesday", "last Tuesday", "next Monday", "this Thursday", "the following Monday".
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"

namespace dateline::detail {

namespace {

struct choice {
    date::local_days day;
    std::string_view rule;
};

// A bare weekday: the tense says which side of the anchor. Said in the future tense on that
// very weekday ("meets Putin on Friday", published on a Friday) it is the anchor day itself,
// as it is in the past tense: a same-day report is far more common than one a week away.
choice by_tense(date::local_days anchor, date::weekday wd, tense t) {
    switch (t) {
    case tense::past: return {previous_or_same(anchor, wd), "weekday.past_on_or_before"};
    case tense::future: return {next_or_same(anchor, wd), "weekday.future_on_or_after"};
    case tense::unknown:
    case tense::present: break;
    }
    return {previous_or_same(anchor, wd), "weekday.unknown_on_or_before"};
}

// "last Tuesday": news names a weekday of the current week bare ("Tuesday"), so "last" reaches
// into the week before: on Friday 22 January "last Tuesday's quake" is the 12th, not the 19th.
// A Sunday closes its week, so from a Sunday "last Thursday" is three days back.
choice last_weekday(date::local_days anchor, date::weekday wd) {
    const date::local_days latest = previous_before(anchor, wd);
    if (date::weekday{anchor} != date::Sunday && latest >= iso_week_monday(anchor))
        return {latest - date::weeks{1}, "weekday.last_in_week_before"};
    return {latest, "weekday.last_strictly_before"};
}

choice pick(date::local_days anchor, date::weekday wd, relation rel, tense t) {
    switch (rel) {
    case relation::last: return last_weekday(anchor, wd);
    case relation::next: return {next_after(anchor, wd), "weekday.next_strictly_after"};
    case relation::this_: return {in_iso_week_of(anchor, wd), "weekday.this_iso_week"};
    case relation::preceding: return {previous_before(anchor, wd), "weekday.preceding_strictly_before"};
    case relation::following: return {next_after(anchor, wd), "weekday.following_strictly_after"};
    case relation::same:
    case relation::none: break;
    }
    return by_tense(anchor, wd, t);
}

}  // namespace

resolution resolve_weekday(const temporal_ast& a, const resolve_context& ctx) {
    constexpr timex_type type = timex_type::date;
    if (!a.weekday || *a.weekday > 6) return unresolved(type, "weekday.invalid");
    const auto anchor = anchor_for(a.rel, ctx);
    if (!anchor) return needs_anchor(type, "weekday.undated");
    const choice c = pick(anchor->day, date::weekday{*a.weekday}, a.rel, ctx.clause_tense);
    if (!writable_day(c.day)) return unresolved_from(type, "weekday.out_of_range", *anchor);
    return anchored(day_period(c.day), type, c.rule, *anchor);
}

}  // namespace dateline::detail
