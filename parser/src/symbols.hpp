// The word lists of the grammar, kept together like data. Every table is stored lowercase (the
// recognizer folds the text to lowercase ASCII), filled in its constructor and never changed
// afterwards. The entries are
// their own examples; tests/parser/grammar_test.cpp exercises every table.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "dateline/parser/ast.hpp"

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

struct month_names : x3::symbols<unsigned> {
    month_names() {
        add("january", 1)("february", 2)("march", 3)("april", 4)("may", 5)("june", 6)
           ("july", 7)("august", 8)("september", 9)("october", 10)("november", 11)("december", 12);
    }
};

// Taken with an optional period: "Apr. 24", "Sept. 30".
struct month_abbreviations : x3::symbols<unsigned> {
    month_abbreviations() {
        add("jan", 1)("feb", 2)("mar", 3)("apr", 4)("jun", 6)("jul", 7)("aug", 8)("sep", 9)
           ("sept", 9)("oct", 10)("nov", 11)("dec", 12);
    }
};

// date::weekday encoding: Sunday = 0.
struct weekday_names : x3::symbols<unsigned> {
    weekday_names() {
        add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)
           ("saturday", 6);
    }
};

// Abbreviations are only taken inside full dates ("Thu., April 24, 2025"), never alone.
// Abbreviations that are no other word: "tues", "thurs", "weds".
struct unambiguous_weekday_abbreviations : x3::symbols<unsigned> {
    unambiguous_weekday_abbreviations() { add("tues", 2)("weds", 3)("thur", 4)("thurs", 4); }
};

struct weekday_abbreviations : x3::symbols<unsigned> {
    weekday_abbreviations() {
        add("sun", 0)("mon", 1)("tue", 2)("tues", 2)("wed", 3)("thu", 4)("thur", 4)("thurs", 4)
           ("fri", 5)("sat", 6);
    }
};

struct day_part_names : x3::symbols<day_part> {
    day_part_names() {
        add("morning", day_part::morning)("afternoon", day_part::afternoon)
           ("evening", day_part::evening)("night", day_part::night)("nite", day_part::night)
           ("midday", day_part::midday)("overnight", day_part::overnight);
    }
};

struct season_names : x3::symbols<season_name> {
    season_names() {
        add("spring", season_name::spring)("summer", season_name::summer)
           ("fall", season_name::fall)("autumn", season_name::fall)("winter", season_name::winter);
    }
};

// Cardinal number words, "one" to "ninety-nine" with hyphen or space compounds, plus "a"/"an".
struct number_words : x3::symbols<double> {
    number_words() {
        static constexpr const char* units[] = {"one", "two", "three", "four", "five", "six",
                                                "seven", "eight", "nine"};
        static constexpr const char* teens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen",
                                                "fifteen", "sixteen", "seventeen", "eighteen",
                                                "nineteen"};
        static constexpr const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
                                               "seventy", "eighty", "ninety"};
        for (int i = 0; i < 9; ++i) add(units[i], i + 1.0);
        for (int i = 0; i < 10; ++i) add(teens[i], i + 10.0);
        for (int t = 0; t < 8; ++t) {
            const double base = (t + 2) * 10.0;
            add(tens[t], base);
            for (int u = 0; u < 9; ++u) {
                add(std::string(tens[t]) + "-" + units[u], base + u + 1);
                add(std::string(tens[t]) + " " + units[u], base + u + 1);
            }
        }
        add("a hundred", 100.0)("one hundred", 100.0)("a dozen", 12.0)("a couple of", 2.0)
           ("a couple", 2.0)("couple of", 2.0)("a half", 0.5)("one and a half", 1.5)("half an", 0.5)("half a", 0.5);
    }
};

// Counts too vague for a number: the value gets an X ("PXY").
struct fuzzy_counts : x3::symbols<bool> {
    fuzzy_counts() {
        add("a few", true)("few", true)("several", true)("many", true)("some", true)
           ("a number of", true)("numerous", true)("a couple more", true);
    }
};

// Plural units said without a count, a span of unknown length: "for weeks" (PXW), "within
// months", "for centuries". The recognizer takes them only after "for" and "within".
struct bare_plural_units : x3::symbols<time_unit> {
    bare_plural_units() {
        add("hours", time_unit::hour)("days", time_unit::day)("weeks", time_unit::week)
           ("months", time_unit::month)("years", time_unit::year)("decades", time_unit::decade)
           ("centuries", time_unit::century);
    }
};

// Ordinals for quarters, halves and centuries: "third", "3rd".
struct ordinal_words : x3::symbols<unsigned> {
    ordinal_words() {
        static constexpr const char* words[] = {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"};
        for (unsigned i = 0; i < 21; ++i) add(words[i], i + 1);
    }
};

// Units after a count, singular and plural: "three years", "a day".
struct unit_names : x3::symbols<time_unit> {
    unit_names() {
        add("second", time_unit::second)("seconds", time_unit::second)
           ("minute", time_unit::minute)("minutes", time_unit::minute)
           ("min", time_unit::minute)("mins", time_unit::minute)
           ("hour", time_unit::hour)("hours", time_unit::hour)("hr", time_unit::hour)("hrs", time_unit::hour)
           ("day", time_unit::day)("days", time_unit::day)
           ("night", time_unit::night)("nights", time_unit::night)
           ("week", time_unit::week)("weeks", time_unit::week)
           ("weekend", time_unit::weekend)("weekends", time_unit::weekend)
           ("fortnight", time_unit::fortnight)("fortnights", time_unit::fortnight)
           ("month", time_unit::month)("months", time_unit::month)
           ("quarter", time_unit::quarter)("quarters", time_unit::quarter)
           ("year", time_unit::year)("years", time_unit::year)("yrs", time_unit::year)
           ("decade", time_unit::decade)("decades", time_unit::decade)
           ("century", time_unit::century)("centuries", time_unit::century)
           ("millennium", time_unit::millennium)("millennia", time_unit::millennium);
    }
};

// Singular units in adjectives: "30-day", "two-year", "an hour-long".
struct unit_adjectives : x3::symbols<time_unit> {
    unit_adjectives() {
        add("second", time_unit::second)("minute", time_unit::minute)("hour", time_unit::hour)
           ("day", time_unit::day)("night", time_unit::night)("week", time_unit::week)
           ("month", time_unit::month)("quarter", time_unit::quarter)("year", time_unit::year)
           ("decade", time_unit::decade)("century", time_unit::century);
    }
};

// Decades spelled out, as two-digit years: "the nineties" is the '90s.
struct decade_names : x3::symbols<unsigned> {
    decade_names() {
        add("twenties", 20U)("thirties", 30U)("forties", 40U)("fifties", 50U)("sixties", 60U)("seventies", 70U)
           ("eighties", 80U)("nineties", 90U);
    }
};

// Calendar periods that "this", "last", "next" can name: "next month", "this week".
struct named_periods : x3::symbols<time_unit> {
    named_periods() {
        add("week", time_unit::week)("weekend", time_unit::weekend)("wknd", time_unit::weekend)
           ("wkend", time_unit::weekend)("month", time_unit::month)("quarter", time_unit::quarter)
           ("year", time_unit::year)("yr", time_unit::year)("decade", time_unit::decade)
           ("century", time_unit::century);
    }
};

// Words before a weekday, month, season or named period that pick one occurrence.
struct relation_words : x3::symbols<relation> {
    relation_words() {
        add("last", relation::last)("past", relation::last)("this past", relation::last)
           ("this", relation::this_)("current", relation::this_)("the current", relation::this_)
           ("next", relation::next)("nxt", relation::next)("coming", relation::next)("this coming", relation::next)
           ("the coming", relation::next)("upcoming", relation::next)
           ("the upcoming", relation::next)
           ("the previous", relation::preceding)("the preceding", relation::preceding)
           ("the prior", relation::preceding)("the following", relation::following)
           ("the next", relation::following)("the same", relation::same)("that", relation::same)
           ("the latest", relation::last)("the fiscal", relation::this_)("the current fiscal", relation::this_);
    }
};

// "Daily", "annually": a set by itself.
struct frequency_adverbs : x3::symbols<time_unit> {
    frequency_adverbs() {
        add("hourly", time_unit::hour)("daily", time_unit::day)("nightly", time_unit::night)
           ("weekly", time_unit::week)("monthly", time_unit::month)
           ("annually", time_unit::year)("yearly", time_unit::year)("biannually", time_unit::half_year);
    }
};

// How many times per period: "twice a week".
struct times_words : x3::symbols<unsigned> {
    times_words() {
        add("once", 1)("twice", 2)("three times", 3)("four times", 4)("five times", 5)
           ("several times", 0)("many times", 0);
    }
};

// Vague references to the present, past or future, whole phrases: "now", "in the coming days".
struct vague_phrases : x3::symbols<vague_ref> {
    vague_phrases() {
        add("now", vague_ref::present)("currently", vague_ref::present)
           ("so far", vague_ref::present)("at present", vague_ref::present)
           ("nowadays", vague_ref::present)("these days", vague_ref::present)
           ("at the moment", vague_ref::present)("to date", vague_ref::present)
           ("recently", vague_ref::past)("lately", vague_ref::past)
           ("recent years", vague_ref::past)
           ("soon", vague_ref::future)("the future", vague_ref::future)
           ("the near future", vague_ref::future)("the coming days", vague_ref::future)
           ("the coming weeks", vague_ref::future)("the coming months", vague_ref::future)
           ("the coming years", vague_ref::future)("the days ahead", vague_ref::future)
           ("the weeks ahead", vague_ref::future)("the months ahead", vague_ref::future)
           ("the next few days", vague_ref::future)("the next few weeks", vague_ref::future)
           ("the next few months", vague_ref::future)("the next few years", vague_ref::future)
           ("the coming few days", vague_ref::future)("coming days", vague_ref::future)
           ("coming weeks", vague_ref::future)("coming months", vague_ref::future)
           ("coming years", vague_ref::future)("coming quarters", vague_ref::future)
           ("the coming quarters", vague_ref::future)("the near term", vague_ref::future)
           ("the short term", vague_ref::future)("a later date", vague_ref::future);
    }
};

// Holidays, as news writes them.
struct holiday_names : x3::symbols<holiday_name> {
    holiday_names() {
        add("new year's day", holiday_name::new_years_day)("new year's eve", holiday_name::new_years_eve)
           ("valentine's day", holiday_name::valentines_day)("independence day", holiday_name::independence_day)
           ("the fourth of july", holiday_name::independence_day)("halloween", holiday_name::halloween)
           ("christmas eve", holiday_name::christmas_eve)("christmas", holiday_name::christmas)("xmas", holiday_name::christmas)
           ("christmas day", holiday_name::christmas)("thanksgiving", holiday_name::thanksgiving)
           ("thanksgiving day", holiday_name::thanksgiving)("labor day", holiday_name::labor_day)
           ("memorial day", holiday_name::memorial_day)
           ("martin luther king day", holiday_name::martin_luther_king_day)
           ("martin luther king jr. day", holiday_name::martin_luther_king_day)
           ("election day", holiday_name::election_day)("veterans day", holiday_name::veterans_day)
           ("veterans' day", holiday_name::veterans_day);
    }
};

// Tried after durations so that "the past three months" is a duration, not "the past".
struct late_vague_phrases : x3::symbols<vague_ref> {
    late_vague_phrases() { add("the past", vague_ref::past); }
};

// Clock-time zone abbreviations that belong to the extent: "5 p.m. EST".
struct zone_abbreviations : x3::symbols<bool> {
    zone_abbreviations() {
        add("est", true)("edt", true)("cst", true)("cdt", true)("mst", true)("mdt", true)
           ("pst", true)("pdt", true)("gmt", true)("utc", true)("bst", true)("cet", true)
           ("cest", true)("eet", true)("eest", true)("msk", true)("local time", true);
    }
};

// Words in front of an expression that say where in it, or how exactly: "early April",
// "mid-March", "the end of the year", "almost two weeks", "more than three years". Not "over":
// TimeBank leaves it out of the extent 17 times in 19 ("over [three years]").
// "earlier"/"later" are left out, as TimeBank leaves them out: "earlier [this week]".
struct modifier_prefixes : x3::symbols<point_mod> {
    modifier_prefixes() {
        add("early", point_mod::start)("early on", point_mod::start)("mid", point_mod::mid)
           ("late", point_mod::end)("late on", point_mod::end)
           ("the beginning of", point_mod::start)("the start of", point_mod::start)
           ("the dawn of", point_mod::start)("the middle of", point_mod::mid)
           ("the end of", point_mod::end)("the close of", point_mod::end)
           ("about", point_mod::approx)("around", point_mod::approx)
           ("approximately", point_mod::approx)("roughly", point_mod::approx)
           ("some", point_mod::approx)("nearly", point_mod::less_than)
           ("almost", point_mod::less_than)("less than", point_mod::less_than)
           ("fewer than", point_mod::less_than)("under", point_mod::less_than)
           ("just under", point_mod::less_than)("more than", point_mod::more_than)
           
           ("upwards of", point_mod::more_than)("at least", point_mod::equal_or_more)
           ("no less than", point_mod::equal_or_more)("at most", point_mod::equal_or_less)
           ("up to", point_mod::equal_or_less)("no more than", point_mod::equal_or_less);
    }
};

}  // namespace dateline::grammar
