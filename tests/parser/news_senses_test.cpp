// News conventions of TimeML that depend on the words around an expression: "as soon as" and
// "a second group" are no timexes, a bare plural is a span after "for" and "within" only,
// "recent months" and "over the next few days" are spans (TimeBank's PXM, PXD). Recognition,
// then the TIMEX3 value resolved.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ast_summary.hpp"
#include "dateline/parser/recognize.hpp"
#include "resolve_support.hpp"

namespace {

using dateline::recognize;
using dateline::testing::summarize;

struct found {
    std::string text;
    std::string summary;
    std::string value;  // resolved with DCT 1998-03-22, past tense
    bool operator==(const found&) const = default;
};

void PrintTo(const found& f, std::ostream* os) { *os << '{' << f.text << " | " << f.summary << " | " << f.value << '}'; }

std::vector<found> found_in(const std::string& sentence) {
    std::vector<found> out;
    const auto ctx = dateline::resolve_testing::context_of("1998-03-22", "", dateline::tense::past);
    for (const auto& r : recognize(sentence))
        out.push_back({sentence.substr(r.begin, r.end - r.begin), summarize(r.ast), dateline::resolve(r.ast, ctx).value});
    return out;
}

TEST(news_senses, as_soon_as_is_a_conjunction_and_soon_alone_the_future) {
    EXPECT_EQ(found_in("They could leave as soon as Tuesday and would meet soon."),
              (std::vector<found>{{"Tuesday", "weekday weekday=2", "1998-03-17"},
                                  {"soon", "vague vague=future", "FUTURE_REF"}}));
    EXPECT_EQ(found_in("Return the boy as soon as possible."), std::vector<found>{});
}

TEST(news_senses, a_second_before_a_noun_is_the_ordinal) {
    EXPECT_EQ(found_in("A second group of directors met; it will be a second betrayal, for a second time."),
              std::vector<found>{});
    EXPECT_EQ(found_in("Wait a second. It lasted a second or two."),
              (std::vector<found>{{"a second", "duration unit=second count=1", "PT1S"},
                                  {"a second", "duration unit=second count=1", "PT1S"}}));
}

TEST(news_senses, a_bare_plural_is_a_span_after_for_and_within) {
    EXPECT_EQ(found_in("For weeks the rallies went on; troops came within weeks; ruled for centuries, for years."),
              (std::vector<found>{{"weeks", "duration unit=week fuzzy", "PXW"},
                                  {"weeks", "duration unit=week fuzzy", "PXW"},
                                  {"centuries", "duration unit=century fuzzy", "PXY"},
                                  {"years", "duration unit=year fuzzy", "PXY"}}));
    EXPECT_EQ(found_in("In the weeks of the shooting, the days of swelling sales, months of turns, about years."),
              std::vector<found>{});
}

// "the weeks before the shooting" is dated by the happening (tag_document gives the resolver the
// report's event); without one known it is a past reference. "the months before" stays no timex.
TEST(news_senses, the_days_or_weeks_before_a_happening_are_a_past_reference) {
    EXPECT_EQ(found_in("In the weeks before the shooting and the days before he was killed, the months before it."),
              (std::vector<found>{{"weeks", "vague rel=preceding unit=week vague=past", "PAST_REF"},
                                  {"days", "vague rel=preceding unit=day vague=past", "PAST_REF"}}));
    EXPECT_EQ(found_in("The weeks after the shooting and the days since."), std::vector<found>{});
}

TEST(news_senses, the_years_that_followed_are_a_span) {
    EXPECT_EQ(found_in("In the years that followed, the guerrillas fought on."),
              (std::vector<found>{{"years", "duration unit=year fuzzy", "PXY"}}));
    EXPECT_EQ(found_in("The years that passed and the years following the war."), std::vector<found>{});
}

TEST(news_senses, high_noon_is_no_clock_time) {
    EXPECT_EQ(found_in("For Poland, high noon comes today; like Gary Cooper in High Noon."),
              (std::vector<found>{{"today", "relative_day", "1998-03-22"}}));
    EXPECT_EQ(found_in("They met at noon."), (std::vector<found>{{"noon", "time_of_day hour=12 minute=0", "1998-03-22T12:00"}}));
}

TEST(news_senses, recent_months_weeks_and_days_are_spans_and_recent_years_the_past) {
    EXPECT_EQ(found_in("In recent months, in recent weeks, in recent days and in recent years."),
              (std::vector<found>{{"recent months", "duration unit=month fuzzy", "PXM"},
                                  {"recent weeks", "duration unit=week fuzzy", "PXW"},
                                  {"recent days", "duration unit=day fuzzy", "PXD"},
                                  {"recent years", "vague vague=past", "PAST_REF"}}));
}

TEST(news_senses, a_vague_future_after_over_or_for_is_a_span) {
    EXPECT_EQ(found_in("They will fight over the next few days, for the coming years and in the next few days."),
              (std::vector<found>{{"the next few days", "duration unit=day fuzzy", "PXD"},
                                  {"the coming years", "duration unit=year fuzzy", "PXY"},
                                  {"the next few days", "vague vague=future", "FUTURE_REF"}}));
}

TEST(news_senses, the_full_year_is_the_current_year) {
    EXPECT_EQ(found_in("Sales for the full year rose; the full month did not."),
              (std::vector<found>{{"the full year", "named_unit unit=year", "1998"}}));
}

}  // namespace

TEST(news_senses, a_month_after_an_article_is_the_month_when_it_modifies_the_next_word) {
    EXPECT_EQ(found_in("Police studied the October slaying, the March accession and a June agreement."),
              (std::vector<found>{{"October", "calendar_date month=10", "1997-10"},
                                  {"March", "calendar_date month=3", "1998-03"},
                                  {"June", "calendar_date month=6", "1997-06"}}));
    EXPECT_EQ(found_in("The March for Life came; the March was cold, a March through town, the March Madness."),
              std::vector<found>{});
}

TEST(news_senses, one_day_after_a_modal_is_some_day_in_the_future) {
    EXPECT_EQ(found_in("Islam will one day be the second religion; it could one day lead."),
              (std::vector<found>{{"one day", "vague vague=future", "FUTURE_REF"},
                                  {"one day", "vague vague=future", "FUTURE_REF"}}));
    EXPECT_EQ(found_in("The talks lasted one day. One day, he left."),
              (std::vector<found>{{"one day", "duration unit=day count=1", "P1D"},
                                  {"One day", "duration unit=day count=1", "P1D"}}));
}

TEST(news_senses, a_year_number_before_years_counts_them) {
    EXPECT_EQ(found_in("The faith is more than two thousand years old; 1500 years passed."),
              (std::vector<found>{{"1500 years", "duration unit=year count=1500", "P1500Y"}}));
    EXPECT_EQ(found_in("It was founded in 1997, and two thousand."),
              (std::vector<found>{{"1997", "calendar_date year=1997", "1997"},
                                  {"two thousand", "calendar_date year=2000", "2000"}}));
}

TEST(news_senses, soon_in_a_story_or_before_after_is_no_reference) {
    EXPECT_EQ(found_in("He was soon released. Cash soon became a flood, Iran soon retaliated, killed soon after "
                       "his capture; soon afterwards they left, soon before dawn."),
              std::vector<found>{});
    EXPECT_EQ(found_in("The budget will soon move into surplus; they may soon need help and plan to strike soon."),
              (std::vector<found>{{"soon", "vague vague=future", "FUTURE_REF"},
                                  {"soon", "vague vague=future", "FUTURE_REF"},
                                  {"soon", "vague vague=future", "FUTURE_REF"}}));
}

TEST(news_senses, a_month_before_of_and_a_word_is_a_march_or_a_name) {
    EXPECT_EQ(found_in("He led the ``March of the Combatant Mothers'' and gave to the March of Dimes."),
              std::vector<found>{});
    EXPECT_EQ(found_in("Bombings rose from a low in January of 114 to 250 by March of that year."),
              (std::vector<found>{{"January", "calendar_date month=1", "1998-01"},
                                  {"March of that year", "calendar_date rel=same month=3 unit=year", "1998-03"}}));
}

TEST(news_senses, a_programme_quoted_after_its_broadcaster_is_a_title) {
    EXPECT_EQ(found_in("Baker spoke on ABC News' \"This Week,\" then on CBS's ''60 Minutes.''"),
              std::vector<found>{});
    EXPECT_EQ(found_in("He told \"This Week\" viewers: ``This week we won.'' It was \"60 Minutes\" late."),
              (std::vector<found>{{"This Week", "named_unit rel=this unit=week", "1998-W12"},
                                  {"This week", "named_unit rel=this unit=week", "1998-W12"},
                                  {"60 Minutes", "duration unit=minute count=60", "PT60M"}}));
}

TEST(news_senses, the_fall_of_a_place_is_no_autumn) {
    EXPECT_EQ(found_in("After the fall of Budapest and the fall of the city, prices fell."), std::vector<found>{});
    EXPECT_EQ(found_in("In the fall of 1996 and in the fall, the autumn in the hills."),
              (std::vector<found>{{"the fall of 1996", "season year=1996 season=fall", "1996-FA"},
                                  {"the fall", "season season=fall", "1997-FA"},
                                  {"the autumn", "season season=fall", "1997-FA"}}));
}

TEST(news_senses, a_month_after_a_capitalised_word_inside_a_sentence_is_part_of_a_name) {
    EXPECT_EQ(found_in("They began the Long March, the epic Ice March to the Kuban, with the Indochinese March "
                       "Battalion."),
              std::vector<found>{});
    EXPECT_EQ(found_in("Last March he left; Kopp last November, President Clinton's March visit, Since January."),
              (std::vector<found>{{"Last March", "calendar_date rel=last month=3", "1997-03"},
                                  {"last November", "calendar_date rel=last month=11", "1997-11"},
                                  {"March", "calendar_date month=3", "1998-03"},
                                  {"January", "calendar_date month=1", "1998-01"}}));
    EXPECT_EQ(found_in("Stocks Fell In January And February, Talks Set For March"),
              (std::vector<found>{{"January", "calendar_date month=1", "1998-01"},
                                  {"February", "calendar_date month=2", "1998-02"},
                                  {"March", "calendar_date month=3", "1998-03"}}));
}

TEST(news_senses, a_frequency_after_a_percentage_is_a_rate_of_growth) {
    EXPECT_EQ(found_in("Revenue will increase by 20% annually and profit 5 percent yearly."), std::vector<found>{});
    EXPECT_EQ(found_in("Festivals held here annually; average hourly earnings rose; it pays 5% interest, daily."),
              (std::vector<found>{{"annually", "set unit=year", "P1Y"},
                                  {"hourly", "set unit=hour", "PT1H"},
                                  {"daily", "set unit=day", "P1D"}}));
}
