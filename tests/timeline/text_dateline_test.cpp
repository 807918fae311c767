#include <gtest/gtest.h>

#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

std::string found(std::string_view body) {
    const auto p = find_text_dateline(body);
    if (!p) return "none";
    return p->zone.empty() ? timex_value(*p) : timex_value(*p) + " " + p->zone;
}

struct dateline_case {
    std::string_view body;
    std::string_view expected;
};

class text_dateline_table : public ::testing::TestWithParam<dateline_case> {};

TEST_P(text_dateline_table, finds_a_full_date_on_the_first_lines_only) {
    EXPECT_EQ(found(GetParam().body), GetParam().expected) << GetParam().body;
}

INSTANTIATE_TEST_SUITE_P(
    datelines, text_dateline_table,
    ::testing::Values(
        dateline_case{"Thursday, April 24, 2025\nSuddenly Trump Sees a Concession\n", "2025-04-24"},
        dateline_case{"April 24, 2025\n", "2025-04-24"},
        dateline_case{"Apr. 24, 2025\n", "2025-04-24"},
        dateline_case{"Apr 24 2025", "2025-04-24"},
        dateline_case{"Sept. 3, 2025", "2025-09-03"},
        dateline_case{"April 24th, 2025", "2025-04-24"},
        dateline_case{"24 April 2025\n", "2025-04-24"},
        dateline_case{"24. April 2025", "2025-04-24"},
        dateline_case{"Thu 24 Apr 2025", "2025-04-24"},
        dateline_case{"2025-04-24\n", "2025-04-24"},
        dateline_case{"2025-04-24T21:10Z Reuters", "2025-04-24T21:10 Z"},
        dateline_case{"2025-04-24 08:00 Europe/Kyiv", "2025-04-24T08:00 Europe/Kyiv"},
        dateline_case{"Date: April 24, 2025", "2025-04-24"},
        dateline_case{"DATE:April 24, 2025", "2025-04-24"},
        dateline_case{"Published: 24 April 2025", "2025-04-24"},
        dateline_case{"Thursday, April 24, 2025 | WELT", "2025-04-24"},
        dateline_case{"April 24, 2025 at 10:35 a.m.", "2025-04-24"},
        dateline_case{"Title\n\n  \nBy Jane Doe\nApril 24, 2025\nBody.", "2025-04-24"},
        dateline_case{"\xC2\xA0" "April 24, 2025\xC2\xA0\r\n", "2025-04-24"},
        // nothing to take
        dateline_case{"Title\n\nDate:\n\nU.S. President Donald Trump spoke on Wednesday.", "none"},
        dateline_case{"Date:", "none"},
        dateline_case{"One\nTwo\nThree\nFour\nFive\nApril 24, 2025", "none"},
        dateline_case{"April 24, 2025 was the deadliest night for Kyiv this year.", "none"},
        dateline_case{"In Kyiv, on April 24, 2025, missiles struck.", "none"},
        dateline_case{"The talks ended. April 24, 2025", "none"},
        dateline_case{"February 30, 2025", "none"},
        dateline_case{"April 2025", "none"},
        dateline_case{"April 24", "none"},
        dateline_case{"April 24, 20255", "none"},
        dateline_case{"Maybe 24, 2025", "none"},
        dateline_case{"", "none"}));

TEST(text_dateline, reads_the_first_line_of_seed_003) {
    const std::string body = test::read_file(test::source_path("fixtures/seeds/003_ff6490168d6f341c.txt"));
    EXPECT_EQ(found(body), "2025-04-24");
}

TEST(text_dateline, finds_none_in_seed_002_whose_date_line_is_empty) {
    const std::string body = test::read_file(test::source_path("fixtures/seeds/002_689100c15a9a2bc8.txt"));
    EXPECT_EQ(found(body), "none");
}

}  // namespace
}  // namespace dateline
