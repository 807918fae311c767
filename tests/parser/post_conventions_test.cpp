// Recognition and resolution together, on whole sentences: the day numbers of ranges and lists
// (everywhere), and the readings short posts give to some expressions (with
// recognize_options::informal and resolve_context::post, as the timeline sets them for a post).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dateline/parser/recognize.hpp"
#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

using found = std::vector<std::pair<std::string, std::string>>;  // {text, TIMEX3 value}

found values_in(const std::string& text, std::string_view dct, bool post) {
    resolve_context ctx = context_of(dct, "", unknown);
    ctx.post = post;
    found out;
    for (const recognized& r : recognize(text, {.informal = post}))
        out.emplace_back(text.substr(r.begin, r.end - r.begin), resolve(r.ast, ctx).value);
    return out;
}
found news_values(const std::string& text, std::string_view dct) { return values_in(text, dct, false); }
found post_values(const std::string& text, std::string_view dct) { return values_in(text, dct, true); }

// A bare day number joined to a date takes its month and year: before a date that begins with
// its day, after one that ends with it, and on through a list.
TEST(range_days, a_day_number_joined_to_a_date_is_a_day_of_its_month) {
    EXPECT_EQ(news_values("The siege lasted from 15 to 22 February 1984.", "2009-01-01"),
              (found{{"15", "1984-02-15"}, {"22 February 1984", "1984-02-22"}}));
    EXPECT_EQ(news_values("Fighting on 12-14 July 1950 and 26\xE2\x80\x93" "30 November 1950.", "2009-01-01"),
              (found{{"12", "1950-07-12"}, {"14 July 1950", "1950-07-14"}, {"26", "1950-11-26"},
                     {"30 November 1950", "1950-11-30"}}));
    EXPECT_EQ(news_values("Talks were held on April 6-7, 1915 and May 4 and 5, 1865.", "2009-01-01"),
              (found{{"April 6", "2008-04-06"}, {"7", "2008-04-07"}, {"1915", "1915"}, {"May 4", "2008-05-04"},
                     {"5", "2008-05-05"}, {"1865", "1865"}}));
    EXPECT_EQ(post_values("REFORMER COURSE May 2 - 3, 9 - 10, 30 - 31 (Sat-Sun)", "2015-04-20"),
              (found{{"May 2", "2015-05-02"}, {"3", "2015-05-03"}, {"9", "2015-05-09"}, {"10", "2015-05-10"},
                     {"30", "2015-05-30"}, {"31", "2015-05-31"}}));
    EXPECT_EQ(post_values("Expo from 10-12 October http://t.co/x", "2013-10-02"),
              (found{{"10", "2013-10-10"}, {"12 October", "2013-10-12"}}));
}

// Not days: counts, clock times, amounts, numbers that run backwards or belong to another number.
TEST(range_days, counts_clock_times_and_backward_numbers_are_no_days) {
    EXPECT_EQ(news_values("On May 5, 10 people died.", "2014-06-01"), (found{{"May 5", "2014-05-05"}}));
    EXPECT_EQ(news_values("It ran 10-12 hours; prices fell May 5 - 6 percent.", "2014-06-01"),
              (found{{"12 hours", "PT12H"}, {"May 5", "2014-05-05"}}));
    EXPECT_EQ(news_values("Scores 20 - 12 March and 1.5-3 June.", "2014-06-01"),
              (found{{"12 March", "2014-03-12"}, {"3 June", "2014-06-03"}}));
}

// "2 more days" counts down: a span the tweet gold leaves open (PXD), one more day stays P1D.
TEST(post_readings, a_countdown_of_several_units_and_these_days_are_open_spans) {
    EXPECT_EQ(post_values("2 more days to #prelims! 3 more hours, 2 more weeks; 1 more day", "2014-04-24"),
              (found{{"2 more days", "PXD"}, {"3 more hours", "PTXH"}, {"2 more weeks", "PXW"}, {"1 more day", "P1D"}}));
    EXPECT_EQ(post_values("Kids these days...", "2015-03-20"), (found{{"these days", "PXD"}}));
    EXPECT_EQ(news_values("It takes 2 more days. These days prices rise.\n\nNext.", "2015-03-20"),
              (found{{"2 more days", "P2D"}, {"These days", "PRESENT_REF"}}));
}

// The tweet gold's ordinals of a series ("first day" of school, "1st year" of a course: a DATE
// "P1D-#1"), "tomo" for tomorrow, "the month" (the post's), and sets of a part of day ("TMO").
TEST(post_words, ordinals_tomo_the_month_and_every_morning_read_as_the_tweet_gold_writes_them) {
    EXPECT_EQ(post_values("Sad first day already. 1st year and then the third week", "2014-12-18"),
              (found{{"first day", "P1D-#1"}, {"1st year", "P1Y-#1"}, {"third week", "P1W-#3"}}));
    EXPECT_EQ(post_values("to Crewe tomo morning. coffee tomolo night? tomo", "2014-08-13"),
              (found{{"tomo morning", "2014-08-14TMO"}, {"tomolo night", "2014-08-14TNI"}, {"tomo", "2014-08-14"}}));
    EXPECT_EQ(post_values("outlets close by end of the month; class for the month of April; a month of rain",
                          "2012-09-18"),
              (found{{"the month", "2012-09"}, {"April", "2012-04"}, {"a month", "P1M"}}));
    EXPECT_EQ(post_values("Every morning I swear. every night", "2015-03-23"),
              (found{{"Every morning", "TMO"}, {"every night", "TNI"}}));
    // News reads none of the nouns and keeps TIMEX3's set.
    EXPECT_EQ(news_values("On the first day, every morning, the month of April.\n\nNext.", "2014-12-18"),
              (found{{"every morning", "XXXX-XX-XXTMO"}, {"April", "2014-04"}}));
}

// Hashtags name topics ("#Friday", "#10yrs") but a clock time or a year stays one; four digits
// are a clock time only after a word that places a time; "today at 9am" is a day and a time;
// "the year 2014" a year.
TEST(post_readings, hashtags_bare_four_digits_days_at_a_clock_time_and_the_year_2014) {
    EXPECT_EQ(post_values("Happy #Friday! #10yrs #Christmas day #720pm #2014", "2014-12-05"),
              (found{{"Christmas day", "2014-12-25"}, {"720pm", "2014-12-05T19:20"}, {"2014", "2014-XX-XX"}}));
    EXPECT_EQ(post_values("Lost 1500 in FX; over 1000 Miles; left school at 1015, back abt 2250", "2015-01-28"),
              (found{{"1015", "2015-01-28T10:15"}, {"2250", "2015-01-28T22:50"}}));
    // (Without a narrative time here the clock time falls on the post's day; the timeline dates it
    // by the day said before it.)
    EXPECT_EQ(post_values("coming up tomorrow at 12pm! class today at 9am; this Sat at 6pm", "2015-01-24"),
              (found{{"tomorrow", "2015-01-25"}, {"12pm", "2015-01-24T12:00"}, {"today", "2015-01-24"},
                     {"9am", "2015-01-24T09:00"}, {"this Sat", "2015-01-24-WXX-6"}, {"6pm", "2015-01-24T18:00"}}));
    EXPECT_EQ(post_values("Students for the year 2014.", "2014-04-30"), (found{{"the year 2014", "2014-XX-XX"}}));
    // News keeps the grammar's matches.
    EXPECT_EQ(news_values("Sales rose on Friday at 9am. #Friday\n\nNext.", "2015-01-24"),
              (found{{"Friday at 9am", "2015-01-23T09:00"}, {"Friday", "2015-01-23"}}));
}

// "weekends" recur ("XXXX-WE"), "sunset" is the post's day, "next day" the day after.
TEST(post_words, weekends_sunset_and_next_day) {
    EXPECT_EQ(post_values("florals make our weekends better. The beauty of sunset; next day delivery", "2014-06-30"),
              (found{{"weekends", "XXXX-WE"}, {"sunset", "2014-06-30"}, {"next day", "2014-07-01"}}));
}

}  // namespace
}  // namespace dateline::resolve_testing
