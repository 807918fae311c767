// The recognizer tries the grammar after a number, a number word, "at", "that" or "this" only
// when what follows can go on with a rule (recognize.cpp, number_follower and lone_count in
// grammar_def.hpp). Every way a rule goes on after one is found; counts of things are not tried.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dateline/parser/recognize.hpp"

namespace {

std::vector<std::string> found_in(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& r : dateline::recognize(text)) out.push_back(text.substr(r.begin, r.end - r.begin));
    return out;
}

TEST(trigger_prefilter, a_number_goes_on_with_a_month_a_clock_word_a_unit_or_bc) {
    EXPECT_EQ(found_in("They met on 24 April and again on 3 Sept. at 5 p.m. and at 4 in the morning, 9 at night and "
                       "7 pm."),
              (std::vector<std::string>{"24 April", "3 Sept.", "5 p.m.", "4 in the morning", "9 at night", "7 pm"}));
    EXPECT_EQ(found_in("It took 3 more weeks, then 1 1/2 hours; the tomb dates from 481 BC; 2 additional days; 10 "
                       "minutes; 5 years ago; 24 of April."),
              (std::vector<std::string>{"3 more weeks", "1 1/2 hours", "481 BC", "2 additional days", "10 minutes",
                                        "5 years ago", "24 of April"}));
}

TEST(trigger_prefilter, a_number_that_counts_things_is_no_expression_but_a_year_alone_is) {
    EXPECT_EQ(found_in("Officials counted 15 people, 200 drones, 1,500 soldiers, 3 of them and 12% in 2014 and the "
                       "1990s."),
              (std::vector<std::string>{"2014", "the 1990s"}));
    EXPECT_EQ(found_in("Signs read 2025-04-24, 4/24/2025, 10:35, 5pm, 1990's, 30-day, 21st century, 1.5 hours."),
              (std::vector<std::string>{"2025-04-24", "4/24/2025", "10:35", "5pm", "1990's", "30-day", "21st century",
                                        "1.5 hours"}));
}

TEST(trigger_prefilter, a_number_word_goes_on_with_a_unit_more_a_number_or_times) {
    EXPECT_EQ(found_in("It lasted two more weeks, in nineteen ninety-six and the year two thousand, three times a "
                       "week, for one and a half years, several days, seven other people, many times a year, twenty "
                       "one days, several cities, two people."),
              (std::vector<std::string>{"two more weeks", "nineteen ninety-six", "the year two thousand",
                                        "three times a week", "one and a half years", "several days",
                                        "many times a year", "twenty one days"}));
}

TEST(trigger_prefilter, at_that_and_this_go_on_with_their_phrases_only) {
    EXPECT_EQ(found_in("He is busy at the moment, for at least two days, at 13 sites, at the end of the year; he said "
                       "that the Fourth of July parade was off, that a week passed, that week, this the, that 5."),
              (std::vector<std::string>{"at the moment", "at least two days", "the end of the year",
                                        "that the Fourth of July", "a week", "that week"}));
}

}  // namespace
