// Definitions of the temporal-expression grammar. Included by grammar.cpp only.
//
// Each rule recognises one family of expressions and fills a temporal_ast through small semantic
// actions; no rule computes a date. Spacing is explicit (`sp`: blanks with at most one line
// break) and every word ends at a word boundary, so "Mayor" is never "May". Alternatives are
// ordered longest and most specific first: PEG choice takes the first that matches. The input is
// already folded to lowercase ASCII by the recognizer (ascii_fold.hpp), so every word and table
// is matched as written, lowercase, without no_case[] (which calls std::tolower per character).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "first_word_choice.hpp"
#include "grammar.hpp"
#include "keyword.hpp"
#include "symbols.hpp"

namespace dateline::grammar {

// ---- word lists -----------------------------------------------------------------------------
const month_names months;
const month_abbreviations month_abbrs;
const weekday_names weekdays;
const weekday_abbreviations weekday_abbrs;
const unambiguous_weekday_abbreviations unambiguous_weekday_abbrs;
const day_part_names day_parts;
const season_names seasons;
const number_words numbers;
const fuzzy_counts fuzzies;
const bare_plural_units bare_plurals;
const ordinal_words ordinals;
const unit_names units;
const unit_adjectives unit_adjs;
const named_periods periods;
const relation_words relations;
const frequency_adverbs frequencies;
const times_words times_per;
const vague_phrases vagues;
const late_vague_phrases late_vagues;
const zone_abbreviations zones;
const holiday_names holidays;
const modifier_prefixes modifiers;
const decade_names decade_words;

// ---- semantic actions -----------------------------------------------------------------------
template <class F>
auto with_attr(F f) {
    return [f](auto& ctx) { f(x3::_val(ctx), x3::_attr(ctx)); };
}
template <class F>
auto with_val(F f) {
    return [f](auto& ctx) { f(x3::_val(ctx)); };
}
// A rule's first step: a fresh AST of the given kind (a failed alternative may have left fields).
inline auto begin_as(ast_kind k) {
    return x3::eps[with_val([k](temporal_ast& a) {
        a = temporal_ast{};
        a.kind = k;
    })];
}
inline auto set_relation(relation r) {
    return with_val([r](temporal_ast& a) { a.rel = r; });
}
inline auto set_day_offset(int d) {
    return with_val([d](temporal_ast& a) { a.day_offset = d; });
}
inline auto set_part(day_part p) {
    return with_val([p](temporal_ast& a) { a.part = p; });
}
inline auto set_direction(direction d, relation r) {
    return with_val([d, r](temporal_ast& a) {
        a.dir = d;
        a.rel = r;
    });
}
inline auto set_unit_count(time_unit u, double n) {
    return with_val([u, n](temporal_ast& a) {
        a.unit = u;
        a.count = n;
    });
}
inline auto set_clock(unsigned h, unsigned m) {
    return with_val([h, m](temporal_ast& a) {
        a.hour = h;
        a.minute = m;
    });
}

const auto store_month = with_attr([](temporal_ast& a, unsigned m) { a.month = m; });
const auto store_day = with_attr([](temporal_ast& a, unsigned d) { a.day = d; });
const auto store_weekday = with_attr([](temporal_ast& a, unsigned w) { a.weekday = w; });
const auto store_part = with_attr([](temporal_ast& a, day_part p) { a.part = p; });
const auto store_season = with_attr([](temporal_ast& a, season_name s) { a.season = s; });
const auto store_relation = with_attr([](temporal_ast& a, relation r) { a.rel = r; });
const auto store_unit = with_attr([](temporal_ast& a, time_unit u) { a.unit = u; });
const auto store_count = with_attr([](temporal_ast& a, double n) { a.count = n; });
const auto store_fuzzy = with_attr([](temporal_ast& a, bool) { a.fuzzy_count = true; });
const auto store_vague = with_attr([](temporal_ast& a, vague_ref v) { a.vague = v; });
const auto store_times = with_attr([](temporal_ast& a, unsigned t) {
    if (t > 0) a.times = t;
});
const auto count_one = with_val([](temporal_ast& a) { a.count = 1.0; });
const auto store_fuzzy_flag = with_val([](temporal_ast& a) { a.fuzzy_count = true; });
const auto count_two = with_val([](temporal_ast& a) { a.count = 2.0; });
const auto store_minute = with_attr([](temporal_ast& a, unsigned m) { a.minute = m; });

// Four-digit years within 1000..2999 only: "5000 soldiers" is no year.
const auto store_year4 = [](auto& ctx) {
    const unsigned y = x3::_attr(ctx);
    x3::_pass(ctx) = y >= 1000 && y <= 2999;
    if (x3::_pass(ctx)) x3::_val(ctx).year = static_cast<int>(y);
};
const auto store_year2 = [](auto& ctx) {
    x3::_val(ctx).year = static_cast<int>(x3::_attr(ctx));
    x3::_val(ctx).two_digit_year = true;
};
const auto store_decade4 = [](auto& ctx) {
    const unsigned y = x3::_attr(ctx);
    x3::_pass(ctx) = y >= 1000 && y <= 2990 && y % 10 == 0;
    if (x3::_pass(ctx)) x3::_val(ctx).year = static_cast<int>(y);
};
const auto store_decade2 = [](auto& ctx) {
    const unsigned y = x3::_attr(ctx);
    x3::_pass(ctx) = y % 10 == 0;
    x3::_val(ctx).year = static_cast<int>(y);
    x3::_val(ctx).two_digit_year = true;
};
const auto store_quarter_digit = [](auto& ctx) {
    x3::_val(ctx).number = static_cast<unsigned>(x3::_attr(ctx) - '0');
};
// Ordinals limited to a maximum: quarters 1-4, halves 1-2.
inline auto store_number_up_to(unsigned most) {
    return [most](auto& ctx) {
        const unsigned n = x3::_attr(ctx);
        x3::_pass(ctx) = n >= 1 && n <= most;
        if (x3::_pass(ctx)) x3::_val(ctx).number = n;
    };
}
const auto store_hour12 = [](auto& ctx) {
    const unsigned h = x3::_attr(ctx);
    x3::_pass(ctx) = h >= 1 && h <= 12;
    x3::_val(ctx).hour = h;
};
const auto to_am = with_val([](temporal_ast& a) {
    if (a.hour && *a.hour == 12) a.hour = 0;
});
const auto to_pm = with_val([](temporal_ast& a) {
    if (a.hour && *a.hour < 12) *a.hour += 12;
});
// "24/04/2025" cannot be month 24: read it day first.
const auto settle_day_month_order = with_val([](temporal_ast& a) {
    if (a.month && a.day && *a.month > 12 && *a.day <= 12) std::swap(*a.month, *a.day);
});

// ---- terminals ------------------------------------------------------------------------------
// `!char_("a-zA-Z0-9")` and `lit(word) >> boundary`, by table and one comparison (keyword.hpp).
const auto boundary = word_boundary{};
inline auto kw(const char* lowercase_word) { return keyword(lowercase_word); }

const auto hspace = x3::omit[x3::char_(" \t")];
// White space between words: blanks, at most one line break (a blank line ends an expression).
const auto sp = x3::omit[(+hspace >> -(x3::eol >> *hspace)) | (x3::eol >> *hspace)];
const auto comma_sep = x3::omit[*hspace >> ',' >> -sp];
const auto sep = comma_sep | sp;
// The recognizer folds typographic characters to ASCII plus filler bytes (ascii_fold.hpp): a
// right single quote is "'\x01\x01", an en dash "-\x01\x01".
const auto filler = *x3::lit('\x01');
const auto apostrophe = x3::lit('\'') >> filler;
const auto dash = x3::lit('-') >> filler;
// What may follow "a day after" when "after" ends the phrase rather than introducing an event.
const auto clause_end = &(*hspace >> (x3::char_(".,;:!?)\"") | x3::eol | x3::eoi));

const auto uint1_2 = x3::uint_parser<unsigned, 10, 1, 2>{};
const auto uint2 = x3::uint_parser<unsigned, 10, 2, 2>{};
const auto uint4 = x3::uint_parser<unsigned, 10, 4, 4>{};

struct count_policies : x3::ureal_policies<double> {
    template <typename Iterator>
    static bool parse_exp(Iterator&, const Iterator&) { return false; }
};
const auto count_number = x3::real_parser<double, count_policies>{};

const auto ordinal_suffix = (x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th"));
// Not the head of a decimal or grouped number: "2082.1 points", "1,500 troops" hold no year.
const auto year4 = (uint4 >> !(x3::char_(".,") >> x3::digit) >> boundary)[store_year4];
const auto day_of_month = (uint1_2 >> -ordinal_suffix >> boundary)[store_day];
const auto month_name = (months >> boundary)[store_month] |
                        (month_abbrs >> -x3::lit('.') >> boundary)[store_month];
const auto weekday_name = (weekdays >> boundary)[store_weekday];
const auto weekday_in_date = weekday_name |
                             (weekday_abbrs >> -x3::lit('.') >> boundary)[store_weekday];
const auto day_part_word = (day_parts >> boundary)[store_part];
// Short informal posts spell the days their own way: "tmrw", "2moro", "tdy", "2day", "2nite".
const auto today_word = kw("today") | kw("tdy") | kw("2day");
const auto tomorrow_word = kw("tomorrow") | kw("tmrw") | kw("tmr") | kw("tmrow") | kw("tmrrw") | kw("2moro") |
                           kw("2morrow") | kw("2mrw") | kw("tomoro") | kw("tomorow");
const auto tonight_word = kw("tonight") | kw("tonite") | kw("2nite") | kw("2night");
// "tues", "thurs", "weds" name only a weekday; "sat", "sun", "wed", "mon" need a "this" or "next",
// a part of day or a clock time beside them ("this sat", "sat night", "sat 7pm"): alone they are
// words ("she sat", "the sun").
const auto weekday_abbr = (weekday_abbrs >> -x3::lit('.') >> boundary)[store_weekday];
// Before an abbreviation only these: "that Sun" is a company.
const auto abbreviation_relation = kw("this")[set_relation(relation::this_)] | kw("next")[set_relation(relation::next)] |
                                   kw("nxt")[set_relation(relation::next)] | kw("last")[set_relation(relation::last)];
const auto weekday_alone = weekday_name | (unambiguous_weekday_abbrs >> -x3::lit('.') >> boundary)[store_weekday];
const auto relation_word = (relations >> boundary)[store_relation];
const auto unit_word = (units >> boundary)[store_unit];
const auto add_half = with_val([](temporal_ast& a) { a.count = a.count.value_or(1.0) + 0.5; });
const auto count_phrase = (numbers >> boundary)[store_count] |
                          (fuzzies >> boundary)[store_fuzzy] |
                          ((count_number >> boundary)[store_count] >> -(sp >> x3::lit("1/2") >> boundary)[add_half]) |
                          ((kw("a") | kw("an") | kw("one"))[count_one]);
const auto count_adjective = (numbers >> boundary)[store_count] |
                             (count_number >> boundary)[store_count];
const auto the = kw("the") >> sp;

// Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand".
const auto store_spoken_year = [](auto& ctx) {
    const double n = x3::_attr(ctx);
    x3::_pass(ctx) = n >= 10 && n <= 99;
    x3::_val(ctx).year = 1900 + static_cast<int>(n);
};
const auto spoken_year = (kw("nineteen") >> sp >> (numbers >> boundary)[store_spoken_year]) |
                         (-(the >> kw("year") >> sp) >> kw("two") >> sp >> kw("thousand"))
                             [with_val([](temporal_ast& a) { a.year = 2000; })];
// "481 BC", "480 B.C.", "31 BCE": years before the common era, kept as negative years (-481)
const auto store_year_bc = [](auto& ctx) {
    const unsigned y = x3::_attr(ctx);
    x3::_pass(ctx) = y >= 1;
    x3::_val(ctx).year = -static_cast<int>(y);
};
const auto before_christ = kw("bc") | kw("bce") | ((x3::lit("b.c.e.") | x3::lit("b.c.") | x3::lit("b.c")) >> boundary);
// The year is stored once "BC" has followed: "28 March, 35,000 troops" keeps no year.
const auto year_bc_number = (x3::uint_parser<unsigned, 10, 1, 4>{} >> x3::omit[-sp >> before_christ])[store_year_bc];
const auto any_year = year_bc_number | year4 | spoken_year;

// ---- rules ----------------------------------------------------------------------------------
const x3::rule<class iso_date_class, temporal_ast> iso_date = "iso_date";
const x3::rule<class slash_date_class, temporal_ast> slash_date = "slash_date";
const x3::rule<class month_day_year_class, temporal_ast> month_day_year = "month_day_year";
const x3::rule<class day_month_year_class, temporal_ast> day_month_year = "day_month_year";
const x3::rule<class month_year_class, temporal_ast> month_year = "month_year";
const x3::rule<class quarter_class, temporal_ast> quarter = "quarter";
const x3::rule<class reporting_period_class, temporal_ast> reporting_period = "reporting_period";
const x3::rule<class half_year_class, temporal_ast> half_year = "half_year";
const x3::rule<class decade_class, temporal_ast> decade = "decade";
const x3::rule<class century_class, temporal_ast> century = "century";
const x3::rule<class season_class, temporal_ast> season = "season";
const x3::rule<class time_of_day_class, temporal_ast> time_of_day = "time_of_day";
const x3::rule<class relative_day_class, temporal_ast> relative_day = "relative_day";
const x3::rule<class part_of_day_class, temporal_ast> part_of_day = "part_of_day";
const x3::rule<class vague_class, temporal_ast> vague = "vague";
const x3::rule<class offset_class, temporal_ast> offset = "offset";
const x3::rule<class duration_class, temporal_ast> duration = "duration";
const x3::rule<class set_class, temporal_ast> set = "set";
const x3::rule<class named_unit_class, temporal_ast> named_unit = "named_unit";
const x3::rule<class weekday_class, temporal_ast> weekday = "weekday";
const x3::rule<class late_vague_class, temporal_ast> late_vague = "late_vague";
const x3::rule<class year_only_class, temporal_ast> year_only = "year_only";
const x3::rule<class year_bc_class, temporal_ast> year_bc = "year_bc";
const x3::rule<class holiday_class, temporal_ast> holiday = "holiday";
const x3::rule<class month_only_class, temporal_ast> month_only = "month_only";
const x3::rule<class year_end_class, temporal_ast> year_end = "year_end";
const x3::rule<class part_of_date_class, temporal_ast> part_of_date = "part_of_date";
const x3::rule<class week_of_date_class, temporal_ast> week_of_date = "week_of_date";
const expression_type expression = "expression";
const modifier_type modifier = "modifier";

// "2025-04-24"
const auto iso_date_def = begin_as(ast_kind::calendar_date) >> year4 >> '-' >> uint2[store_month] >> '-' >>
                          uint2[store_day] >> !x3::char_("0-9");

// "4/24/2025", "4/24/25"
const auto slash_date_def = begin_as(ast_kind::calendar_date) >> uint1_2[store_month] >> '/' >>
                            uint1_2[store_day] >> '/' >> (year4 | (uint2[store_year2] >> boundary)) >>
                            x3::eps[settle_day_month_order];

// "Thursday, April 24, 2025", "Apr. 24", "April 24th"
const auto weekday_prefix = weekday_in_date >> sep;
const auto month_day_year_def = begin_as(ast_kind::calendar_date) >> -weekday_prefix >> month_name >> sp >>
                                day_of_month >> -(sep >> (year_bc_number | year4));

// "24 April 2025", "Thursday 24 April", "24th of April", "6 June 479 BC"
const auto day_month_year_def = begin_as(ast_kind::calendar_date) >> -weekday_prefix >> day_of_month >> sp >>
                                -(kw("of") >> sp) >> month_name >> -(sep >> (year_bc_number | year4));

// "March 2025", "March of 2025", "January nineteen ninety-seven", "June last year" (the year
// named by its relation to the DCT: unit year)
const auto year_by_relation = ((kw("last")[set_relation(relation::last)] | kw("this")[set_relation(relation::this_)] |
                                kw("next")[set_relation(relation::next)]) >>
                               sp >> kw("year"))[with_val([](temporal_ast& a) { a.unit = time_unit::year; })];
// "of that year", "of the following year": the year of the last date mentioned, or one either side
const auto year_of_narrative =
    ((kw("that")[set_relation(relation::same)] | (the >> kw("same"))[set_relation(relation::same)] |
      (the >> (kw("following") | kw("next")))[set_relation(relation::following)] |
      (the >> (kw("previous") | kw("preceding") | kw("prior")))[set_relation(relation::preceding)]) >>
     sp >> kw("year"))[with_val([](temporal_ast& a) { a.unit = time_unit::year; })];
const auto month_year_def = begin_as(ast_kind::calendar_date) >> month_name >>
                            ((sep >> -(kw("of") >> sp) >> any_year) |
                             (sp >> -(kw("of") >> sp) >> (year_by_relation | year_of_narrative)));

// "Q3 2024", "the third quarter of 2024", "third-quarter", "the fourth quarter", "the fiscal
// first quarter", "fiscal second-quarter"
const auto fiscal = kw("fiscal") >> (dash | sp);
const auto quarter_def =
    begin_as(ast_kind::quarter) >>
    ((x3::lit('q') >> x3::char_("1-4")[store_quarter_digit] >> boundary >> -(sep >> year4)) |
     (the >> -fiscal >> ordinals[store_number_up_to(4)] >> sp >> kw("quarter") >>
      -((sp >> kw("of") >> sp >> year4) | (sep >> year4))) |
     (-fiscal >> ordinals[store_number_up_to(4)] >> (dash | sp) >> kw("quarter") >> -(sep >> year4)));

// The periods of company reports, placed by their relation to the quarter being reported (the
// resolver's reported quarter) or to the DCT's year (AST: kind quarter, unit year, see ast.hpp):
// "the year-ago third quarter", "the comparable year-earlier period", "the quarter a year ago",
// "the corresponding period last year", "last year's fourth quarter", "the third quarter of
// next year", "the 1988 quarter", "the latest period".
const auto period_noun = kw("quarter") | kw("period");
const auto comparable = (kw("comparable") | kw("corresponding") | kw("same") | kw("like")) >> sp;
const auto quarter_number = ordinals[store_number_up_to(4)] >> (dash | sp);
const auto year_before_reported = with_val([](temporal_ast& a) {
    a.unit = time_unit::year;
    a.rel = relation::preceding;
    a.dir = direction::backward;
    a.count = 1.0;
});
const auto year_of_dct = with_val([](temporal_ast& a) { a.unit = time_unit::year; });
const auto dct_year_relation = kw("last")[set_relation(relation::last)] | kw("this")[set_relation(relation::this_)] |
                               kw("next")[set_relation(relation::next)];
const auto a_year_back = ((kw("a") | kw("one")) >> sp >> kw("year") >> sp >> (kw("ago") | kw("earlier"))) |
                         (kw("last") >> sp >> kw("year"));
const auto reporting_period_def =
    begin_as(ast_kind::quarter) >>
    ((-the >> -comparable >> (kw("year") >> dash >> (kw("ago") | kw("earlier")))[year_before_reported] >> sp >>
      -fiscal >> -quarter_number >> period_noun) |
     (the >> -comparable >> -fiscal >> -quarter_number >> period_noun >> sp >> a_year_back[year_before_reported]) |
     (dct_year_relation >> sp >> kw("year") >> apostrophe >> x3::lit('s') >> boundary >> sp >> -fiscal >>
      -quarter_number >> period_noun >> x3::eps[year_of_dct]) |
     (the >> -fiscal >> quarter_number >> kw("quarter") >> sp >> kw("of") >> sp >> dct_year_relation >> sp >>
      kw("year") >> x3::eps[year_of_dct]) |
     (the >> -fiscal >> year4 >> sp >> -fiscal >> -quarter_number >> period_noun) |
     (the >> (kw("latest") | (kw("most") >> sp >> kw("recent"))) >> sp >> -fiscal >> period_noun >>
      x3::eps[set_relation(relation::same)]));

// "the first half of 2024", "the second half", "the last half of 1989"
const auto second_half_words = (kw("last") | kw("latter"))[with_val([](temporal_ast& a) { a.number = 2U; })];
const auto half_year_def = begin_as(ast_kind::half_year) >> -the >>
                           ((ordinals[store_number_up_to(2)] >> boundary) | second_half_words) >> sp >> kw("half") >>
                           -(sp >> kw("of") >> sp >> (year4 | year_by_relation | year_of_narrative | (the >> kw("year")))) >>
                           !(sp >> kw("of"));  // "the last half of the '80s" is no half-year

// "the 1990s", "the '90s", "1990s", "the nineties"
const auto store_spelled_decade = with_attr([](temporal_ast& a, unsigned y) {
    a.year = static_cast<int>(y);
    a.two_digit_year = true;
});
// "the 1000s dead", "1000 killed": a count of people, not a decade or a year.
const auto not_a_count = !(sp >> (kw("dead") | kw("killed") | kw("injured") | kw("wounded") | kw("died") |
                                  kw("people") | kw("casualties")));
// "the 470s BC": kept as the negative year of its first year BC (-470), as years BC are
const auto store_decade_bc = [](auto& ctx) {
    const unsigned y = x3::_attr(ctx);
    x3::_pass(ctx) = y >= 10 && y % 10 == 0;
    x3::_val(ctx).year = -static_cast<int>(y);
};
const auto decade_def = begin_as(ast_kind::decade) >>
                        ((-the >> x3::uint_parser<unsigned, 10, 2, 4>{}[store_decade_bc] >> x3::lit('s') >> boundary >>
                          sp >> before_christ) |
                         (-the >> ((uint4[store_decade4] >> -apostrophe) | (apostrophe >> uint2[store_decade2])) >>
                          x3::lit('s') >> boundary >> not_a_count) |
                         (the >> (decade_words >> boundary)[store_spelled_decade]));

// "the 20th century", "the twentieth century", "21st-century"
const auto century_def = begin_as(ast_kind::century) >> -the >>
                         ((ordinals[store_number_up_to(21)] >> boundary) |
                          (uint1_2[store_number_up_to(99)] >> ordinal_suffix >> boundary)) >>
                         (dash | sp) >> kw("century") >>
                         // "the 4th century BC": the year BC it begins with (-400), as years BC are kept
                         -(sp >> before_christ)[with_val([](temporal_ast& a) { a.year = -static_cast<int>(*a.number) * 100; })];

// "spring 2024", "last summer", "the fall of 2023", "this winter"
const auto season_word = (seasons >> boundary)[store_season];
const auto fresh_season = begin_as(ast_kind::season);
// "the early summer", "the late autumn of 1990": where in the season, said after "the"
const auto season_position =
    (kw("early")[with_val([](temporal_ast& a) { a.mod = point_mod::start; })] |
     kw("late")[with_val([](temporal_ast& a) { a.mod = point_mod::end; })]) >>
    sp;
const auto season_def = (fresh_season >> relation_word >> sp >> season_word >> -(sep >> year4)) |
                        (fresh_season >> the >> -season_position >> season_word >>
                         -(sp >> kw("of") >> sp >> (any_year | year_by_relation | year_of_narrative))) |
                        (fresh_season >> season_word >> sep >> -(kw("of") >> sp) >> any_year);

// "10:35 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "midnight Friday"
const auto meridiem = (((x3::lit("a.m.") | x3::lit("a.m") | x3::lit("am")) >> boundary)[to_am]) |
                      (((x3::lit("p.m.") | x3::lit("p.m") | x3::lit("pm")) >> boundary)[to_pm]);
// "4 in the morning", "9 at night"
const auto meridiem_phrase = (kw("in") >> sp >> kw("the") >> sp >>
                              (kw("morning")[to_am] | (kw("afternoon") | kw("evening"))[to_pm])) |
                             (kw("at") >> sp >> kw("night"))[to_pm];
// "430pm", "1130pm": hour and minutes run together before am/pm
const auto store_run_together_clock = [](auto& ctx) {
    const unsigned n = x3::_attr(ctx);
    x3::_pass(ctx) = n / 100 >= 1 && n / 100 <= 12 && n % 100 < 60;
    x3::_val(ctx).hour = n / 100;
    x3::_val(ctx).minute = n % 100;
};
// "9:30", "17:45" without am/pm: a 24-hour clock (two digits of minutes: "2:1" is a score)
const auto store_hour24 = [](auto& ctx) {
    const unsigned h = x3::_attr(ctx);
    x3::_pass(ctx) = h <= 23;
    x3::_val(ctx).hour = h;
};
const auto minute_of_hour = [](auto& ctx) {
    const unsigned m = x3::_attr(ctx);
    x3::_pass(ctx) = m <= 59;
    x3::_val(ctx).minute = m;
};
const auto clock = (uint1_2[store_hour12] >> -(':' >> uint2[store_minute]) >> -sp >> meridiem) |
                   (x3::uint_parser<unsigned, 10, 3, 4>{}[store_run_together_clock] >> meridiem) |
                   (uint1_2[store_hour12] >> -(':' >> uint2[store_minute]) >> sp >> meridiem_phrase) |
                   kw("noon")[set_clock(12, 0)] | kw("midday")[set_clock(12, 0)] |
                   kw("midnight")[set_clock(24, 0)] |  // hour 24: the resolver decides which midnight
                   (uint1_2[store_hour24] >> ':' >> uint2[minute_of_hour] >> !(x3::char_(":.,") >> x3::digit) >> !x3::digit);
const auto day_of_clock = weekday_alone | today_word[set_day_offset(0)] | tonight_word[set_day_offset(0)] |
                          kw("yesterday")[set_day_offset(-1)] | tomorrow_word[set_day_offset(1)] |
                          (month_name >> sp >> day_of_month);
// "this Sat, 7pm", "Sun 1:00pm", "tmr at 4pm": the day first
const auto day_before_clock = (-(relation_word >> sp) >> weekday_name) |
                              (-(abbreviation_relation >> sp) >> weekday_abbr) |
                              today_word[set_day_offset(0)] | tomorrow_word[set_day_offset(1)];
const auto time_of_day_def = (begin_as(ast_kind::time_of_day) >> clock >>
                              -(sp >> zones >> boundary) >>
                              -(sep >> -(kw("on") >> sp) >> day_of_clock)) |
                             (begin_as(ast_kind::time_of_day) >> day_before_clock >> sep >> -(kw("at") >> sp) >>
                              clock >> -(sp >> zones >> boundary));

// "the day before yesterday", "today", "yesterday morning", "tomorrow night"
const auto relative_day_def = begin_as(ast_kind::relative_day) >>
                              ((the >> kw("day") >> sp >> kw("before") >> sp >> kw("yesterday"))[set_day_offset(-2)] |
                               (the >> kw("day") >> sp >> kw("after") >> sp >> kw("tomorrow"))[set_day_offset(2)] |
                               ((today_word[set_day_offset(0)] | kw("yesterday")[set_day_offset(-1)] |
                                 tomorrow_word[set_day_offset(1)]) >>
                                -(sp >> day_part_word)) |
                               // "afternoon yesterday", "mid-afternoon yesterday" (the "mid-" is a modifier)
                               (day_part_word >> sp >>
                                (today_word[set_day_offset(0)] | kw("yesterday")[set_day_offset(-1)] |
                                 tomorrow_word[set_day_offset(1)])));

// "last night", "tonight", "overnight", "this morning", "that night", "the night before"
const auto part_of_day_def =
    begin_as(ast_kind::part_of_day) >>
    ((kw("last") >> sp >> day_part_word)[set_relation(relation::last)] |
     tonight_word[set_relation(relation::this_)][set_part(day_part::night)] |
     kw("overnight")[set_part(day_part::overnight)] |
     (kw("this") >> sp >> day_part_word)[set_relation(relation::this_)] |
     (kw("that") >> sp >> day_part_word)[set_relation(relation::same)] |
     (the >> kw("night") >> sp >> kw("before") >> clause_end)[set_relation(relation::preceding)]
         [set_part(day_part::night)] |
     (the >> (kw("previous") | kw("preceding"))[set_relation(relation::preceding)] >> sp >> day_part_word) |
     (the >> (kw("following") | kw("next"))[set_relation(relation::following)] >> sp >> day_part_word));

// Whole phrases: "now", "so far", "recently", "soon", "the next few days", "in the coming days"
const auto vague_def = begin_as(ast_kind::vague) >> (vagues >> boundary)[store_vague];
const auto late_vague_def = begin_as(ast_kind::vague) >> (late_vagues >> boundary)[store_vague];

// "two days ago", "three weeks later", "a day after," "the day before", "the next day",
// "the following week", "two years from now", "that day", "the same day"
const auto unit_singular = (unit_adjs >> boundary)[store_unit];
const auto fresh_offset = begin_as(ast_kind::offset);
const auto offset_def =
    (fresh_offset >> count_phrase >> sp >> unit_word >> sp >>
     kw("ago")[set_direction(direction::backward, relation::none)]) |
    (fresh_offset >> count_phrase >> sp >> unit_word >> sp >>
     ((kw("from") >> sp >> kw("now")) | kw("hence"))[set_direction(direction::forward, relation::none)]) |
    (fresh_offset >> count_phrase >> sp >> unit_word >> sp >>
     (kw("earlier") | (kw("before") >> clause_end))[set_direction(direction::backward, relation::preceding)]) |
    (fresh_offset >> count_phrase >> sp >> unit_word >> sp >>
     (kw("later") | (kw("after") >> clause_end))[set_direction(direction::forward, relation::following)]) |
    (fresh_offset >> the >> unit_singular >> x3::eps[count_one] >> sp >>
     ((kw("before") >> clause_end)[set_direction(direction::backward, relation::preceding)] |
      (kw("after") >> clause_end)[set_direction(direction::forward, relation::following)])) |
    (fresh_offset >> the >> (kw("next") | kw("following"))[set_direction(direction::forward, relation::following)] >>
     sp >> unit_singular >> x3::eps[count_one]) |
    (fresh_offset >> the >>
     (kw("previous") | kw("preceding") | kw("prior"))[set_direction(direction::backward, relation::preceding)] >>
     sp >> unit_singular >> x3::eps[count_one]) |
    // "year-earlier", "year-ago" (business news; "the year-ago quarter" is a reporting period)
    (fresh_offset >> kw("year")[set_unit_count(time_unit::year, 1)] >> dash >>
     (kw("earlier") | kw("ago"))[set_direction(direction::backward, relation::preceding)]) |
    (fresh_offset >> -((kw("earlier") | kw("later")) >> sp) >>
     ((the >> kw("same")) | (kw("that") >> -(sp >> kw("same"))))[set_relation(relation::same)] >> sp >>
     (kw("day")[set_unit_count(time_unit::day, 0)] | kw("week")[set_unit_count(time_unit::week, 0)] |
      kw("month")[set_unit_count(time_unit::month, 0)] | kw("year")[set_unit_count(time_unit::year, 0)]));

// "three years", "a few days", "the past three months", "30-day", "two-year", "an hour-long"
const auto not_an_age = !(dash >> x3::lit("old"));
const auto not_year_earlier = !(dash >> (kw("earlier") | kw("ago")));  // "a year-earlier loss"
const auto more_of_it = kw("more") | kw("additional") | kw("extra") | kw("further");  // "two more weeks"
const auto fresh_duration = begin_as(ast_kind::duration);
const auto duration_def =
    (fresh_duration >> the >> (kw("past") | kw("last") | kw("next") | kw("first")) >> sp >> count_phrase >> sp >>
     unit_word) |
    (fresh_duration >> count_adjective >> dash >> unit_singular >> not_an_age >> -(dash >> kw("long"))) |
    (fresh_duration >> (kw("an") | kw("a"))[count_one] >> sp >> unit_singular >> dash >> kw("long")) |
    // "7hrs", "50mins", "2weeks" (not "2day", today)
    (fresh_duration >> !today_word >> count_number[store_count] >> unit_word >> not_year_earlier >> !(sp >> kw("old"))) |
    (fresh_duration >> count_phrase >> sp >> -(more_of_it >> sp) >> unit_word >> not_year_earlier >> !(sp >> kw("old")) >>
     -(sp >> kw("and") >> sp >> kw("a") >> sp >> kw("half"))[add_half]) |
    (fresh_duration >> the >> count_adjective >> sp >> unit_word) |
    // "the latest nine months", "the year-earlier nine months": a company's reporting span
    (fresh_duration >> the >> (kw("latest") | (kw("year") >> dash >> (kw("earlier") | kw("ago")))) >> sp >>
     count_adjective >> sp >> unit_word) |
    // "the fiscal year ended Sept. 30": a company's year, a span of a year ending on that date
    (fresh_duration >> the >> -fiscal >> kw("year")[set_unit_count(time_unit::year, 1)] >>
     &(sp >> (kw("ended") | kw("ending")))) |
    // "weeks" in "for weeks": no count, a span of unknown length; "recent months" (PXM) as
    // TimeBank writes it ("recent years" is the past, a vague phrase)
    // (first letters looked at before the AST is reset: most attempts fail there)
    (&x3::char_("cdhmrwy") >> &(-(kw("recent") >> sp) >> bare_plurals) >> fresh_duration >> -(kw("recent") >> sp) >>
     (bare_plurals >> boundary)[store_unit] >> x3::eps[store_fuzzy_flag]);

// "every week", "every other day", "each Monday", "each July", "every summer", "Tuesday nights",
// "Sundays", "twice a week", "per year", "annually"
const auto fresh_set = begin_as(ast_kind::set);
const auto weekday_plural = (weekdays >> x3::lit('s') >> boundary)[store_weekday];
const auto day_part_plural = (day_parts >> x3::lit('s') >> boundary)[store_part];
const auto set_def =
    (fresh_set >> (kw("every") | kw("each")) >> -(sp >> kw("other")[count_two]) >> sp >>
     (weekday_name | month_name | season_word | day_part_word | (-(count_phrase >> sp) >> unit_word))) |
    (fresh_set >> weekday_name >> sp >> day_part_plural) |
    (fresh_set >> weekday_plural >> -(sp >> (day_part_plural | day_part_word))) |
    (fresh_set >> kw("per") >> sp >> unit_singular) |
    (fresh_set >> (times_per >> boundary)[store_times] >> sp >>
     (kw("a") | kw("an") | kw("per") | kw("every")) >> sp >> unit_singular) |
    (fresh_set >> (frequencies >> boundary)[store_unit]);

// "next month", "last year", "this week", "the weekend", "the coming year", "the year" (the last
// only behind a modifier such as "the end of"; recognize() checks)
const auto named_period_word = (periods >> boundary)[store_unit];
const auto fresh_named_unit = begin_as(ast_kind::named_unit);
const auto earlier_or_later = (kw("earlier") | kw("later")) >> sp;
// "the past year" is last year (TimeBank: the previous year's value); "the last week of April"
// and "the last minute" are no such thing.
const auto of_a_month = sp >> kw("of") >> sp >> months >> boundary;  // "the last week of April": a week of April
const auto named_unit_def = (fresh_named_unit >> -earlier_or_later >> relation_word >> sp >> named_period_word >>
                             !of_a_month) |
                            (fresh_named_unit >> earlier_or_later >> kw("in") >> sp >> the >> named_period_word) |
                            (fresh_named_unit >> the >> (kw("past") | kw("last"))[set_relation(relation::last)] >>
                             sp >> named_period_word >> !(sp >> kw("of"))) |
                            // "the year", "the full year" (a company's current year)
                            (fresh_named_unit >> the >> -(kw("full") >> sp) >> named_period_word >> !dash >>
                             !(sp >> (kw("of") | kw("before") | kw("after"))));

// "Wednesday", "last Tuesday", "next Monday", "Thursday night"
const auto weekday_def = (begin_as(ast_kind::weekday) >> ((relation_word >> sp >> weekday_name) |
                                                           (abbreviation_relation >> sp >> weekday_abbr) |
                                                           weekday_alone) >>
                          -(sp >> day_part_word)) |
                         (begin_as(ast_kind::weekday) >> weekday_abbr >> sp >> day_part_word);

// "2022", "fiscal 1989", "nineteen ninety-six", "the year two thousand"
// "(1500 GMT)", "1800 hrs" are a wire's clock times, not the years 1500 and 1800.
// "1100 & 1700GMT", "1100 and 1700 GMT": a schedule of clock times.
const auto clock_word = (zones >> boundary) | kw("hours") | kw("hrs") | kw("local");
const auto not_a_clock_time =
    !(sp >> clock_word) >>
    !(-sep >> (x3::lit('&') | kw("and") | kw("to") | dash) >> -sep >> uint4 >> -sp >> clock_word) >> not_a_count;
const auto year_only_def = begin_as(ast_kind::calendar_date) >>
                           (spoken_year | (-(kw("fiscal") >> sp) >> year4 >> not_a_clock_time));

// "481 BC", "480 B.C.", "31 BCE" (year_bc_number, with "April 480 BC" and "autumn of 481 BC")
const auto year_bc_def = begin_as(ast_kind::calendar_date) >> year_bc_number;

// "Christmas", "Thanksgiving Day", "last Thanksgiving", "Christmas 2024" (recognize() insists on
// a capital letter)
const auto store_holiday = with_attr([](temporal_ast& a, holiday_name h) { a.holiday = h; });
const auto holiday_def = begin_as(ast_kind::holiday) >> -(relation_word >> sp) >> (holidays >> boundary)[store_holiday] >>
                         -(sep >> year4);

// "year-end", "year's end": the end of the current year, like "the end of the year"
const auto year_end_def = begin_as(ast_kind::named_unit) >> kw("year") >>
                          (dash | sp | (apostrophe >> x3::lit('s') >> sp)) >>
                          kw("end")[with_val([](temporal_ast& a) {
                              a.unit = time_unit::year;
                              a.mod = point_mod::end;
                          })];

// "the night of April 23", "the morning of March 3, 2025", "the evening of Friday"
const auto date_of_part = (-weekday_prefix >> month_name >> sp >> day_of_month >> -(sep >> year4)) |
                          (day_of_month >> sp >> -(kw("of") >> sp) >> month_name >> -(sep >> year4));
const auto part_of_date_def = (begin_as(ast_kind::calendar_date) >> the >> day_part_word >> sp >> kw("of") >> sp >>
                               date_of_part) |
                              (begin_as(ast_kind::weekday) >> the >> day_part_word >> sp >> kw("of") >> sp >>
                               weekday_name);

// "the week of March 6": the ISO week that day is in (unit week)
const auto week_of_date_def = begin_as(ast_kind::calendar_date) >> the >> kw("week") >> sp >> kw("of") >> sp >>
                              month_name >> sp >> day_of_month >> -(sep >> year4) >>
                              x3::eps[with_val([](temporal_ast& a) { a.unit = time_unit::week; })];

// "March", "last March" (recognize() insists on a capital letter). Not "last Oct." of "last Oct. 23":
// there the date starts at "Oct.".
const auto month_only_def = begin_as(ast_kind::calendar_date) >> -(relation_word >> sp) >> month_name >>
                            !(sp >> uint1_2 >> boundary);

// The alternatives of an expression, longest and most specific first: the first that matches
// wins. `expression` tries at a position only those that can begin with its word (the same
// matches, fewer attempts: first_word_choice.hpp); `expression_in_order` tries every one, for the
// test that compares the two (tests/parser/first_word_choice_test.cpp).
inline auto expression_alternatives(bool every_rule) {
    return choose_by_first_word<temporal_ast>(
        every_rule, iso_date = iso_date_def, slash_date = slash_date_def, part_of_date = part_of_date_def,
        week_of_date = week_of_date_def, month_day_year = month_day_year_def, day_month_year = day_month_year_def,
        month_year = month_year_def, reporting_period = reporting_period_def, quarter = quarter_def,
        half_year = half_year_def, decade = decade_def, century = century_def, season = season_def,
        time_of_day = time_of_day_def, relative_day = relative_day_def, part_of_day = part_of_day_def,
        vague = vague_def, offset = offset_def, duration = duration_def, set = set_def, year_bc = year_bc_def,
        year_only = year_only_def, year_end = year_end_def, holiday = holiday_def, named_unit = named_unit_def,
        weekday = weekday_def, late_vague = late_vague_def, month_only = month_only_def);
}
const auto expression_def = expression_alternatives(false);
const expression_in_order_type expression_in_order = "expression_in_order";
const auto expression_in_order_def = expression_alternatives(true);

const auto modifier_def = modifiers >> (sp | dash);

// What follows "NUMBER sp" in the rules above: a month (day_month_year, "24 of April"), a clock's
// "a.m."/"pm"/"in the morning"/"at night" (time_of_day), a unit or "more"/"additional"/...
// (offset, duration) and "BC" (year_bc). Each table with its own boundary, as month_name has:
// "dec" of the abbreviations must not hide "decade" of the units.
const number_follower_type number_follower = "number_follower";
const auto number_follower_def = (x3::omit[months] >> boundary) | (x3::omit[month_abbrs] >> boundary) |
                                 (x3::omit[units] >> boundary) | kw("of") | kw("a") | kw("am") | kw("p") | kw("pm") |
                                 kw("in") | kw("at") | more_of_it | kw("b") | kw("bc") | kw("bce");

// What follows "COUNT sp" in the rules above: a unit or "two more weeks" (offset, duration),
// "twenty one", "nineteen ninety-six", "two thousand" (numbers, spoken_year), "one and a half",
// "one hundred" (numbers), "three times a week" (set). "some" is left out: it is also a modifier,
// which any expression may follow.
const lone_count_type lone_count = "lone_count";
const auto count_follower = (x3::omit[units] >> boundary) | more_of_it | (x3::omit[numbers] >> boundary) |
                            kw("thousand") | kw("hundred") | kw("and") | kw("times");
const auto lone_count_def = ((x3::omit[numbers] >> boundary) | kw("several") | kw("many") | kw("few") |
                             kw("numerous")) >>
                            sp >> !count_follower;

BOOST_SPIRIT_DEFINE(iso_date, slash_date, part_of_date, week_of_date, month_day_year, day_month_year, month_year,
                    reporting_period, quarter, half_year, decade, century, season, time_of_day, relative_day, part_of_day, vague, offset, duration,
                    set, named_unit, weekday, late_vague, year_bc, year_only, year_end, holiday, month_only, expression, expression_in_order, modifier, number_follower,
                    lone_count)

}  // namespace dateline::grammar
