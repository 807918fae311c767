// Years before Christ in whole sentences, recognition and resolution together: days and months of
// a year BC, ranges of years BC, decades and centuries BC (TIMEX3 writes them "BC0479-06-06",
// "BC0499", "BC047", "BC03").
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dateline/parser/recognize.hpp"
#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

using found = std::vector<std::pair<std::string, std::string>>;  // {text, TIMEX3 value}

found values_in(const std::string& text) {
    const resolve_context ctx = context_of("2009-12-19", "", past);
    found out;
    for (const recognized& r : recognize(text, {}))
        out.emplace_back(text.substr(r.begin, r.end - r.begin), resolve(r.ast, ctx).value);
    return out;
}

TEST(before_christ_text, a_day_of_a_year_before_christ) {
    EXPECT_EQ(values_in("The battle was fought on 6 June 479 BC near the river."),
              (found{{"6 June 479 BC", "BC0479-06-06"}}));
    EXPECT_EQ(values_in("On August 11, 480 B.C. the pass fell."), (found{{"August 11, 480 B.C.", "BC0480-08-11"}}));
}

// A number after a day that "BC" does not follow is no year: the day keeps no year of it.
TEST(before_christ_text, a_number_after_a_day_without_bc_names_no_year) {
    const found got = values_in("By 28 March, 35,000 troops were poised; it lasted until May 8 1:00AM.");
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0], (std::pair<std::string, std::string>{"28 March", "2009-03-28"}));
    EXPECT_EQ(got[1], (std::pair<std::string, std::string>{"May 8", "2009-05-08"}));
    EXPECT_EQ(got[2].second, "2009-12-19T01:00");
}

// The first year of a range BC counts down to the year that carries "BC".
TEST(before_christ_text, the_first_year_of_a_range_before_christ) {
    EXPECT_EQ(values_in("The Ionian Revolt (499-493 BC) failed."), (found{{"499", "BC0499"}, {"493 BC", "BC0493"}}));
    EXPECT_EQ(values_in("The First Punic War (264 to 241 BC) was long."),
              (found{{"264", "BC0264"}, {"241 BC", "BC0241"}}));
    // A number that does not count down to it is no year of the range.
    EXPECT_EQ(values_in("Scores 12-493 BC."), (found{{"493 BC", "BC0493"}}));
}

TEST(before_christ_text, decades_and_centuries_before_christ) {
    EXPECT_EQ(values_in("Throughout the 470s BC, the League campaigned."), (found{{"the 470s BC", "BC047"}}));
    EXPECT_EQ(values_in("Even during the 4th century BC the idea spread."), (found{{"the 4th century BC", "BC03"}}));
    EXPECT_EQ(values_in("It was founded in the 9th century B.C. by traders."),
              (found{{"the 9th century B.C.", "BC08"}}));
    EXPECT_EQ(values_in("In the 4th century the idea spread."), (found{{"the 4th century", "03"}}));
}

}  // namespace
}  // namespace dateline::resolve_testing
