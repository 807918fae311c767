// Stories told far from the publication date: tag_document finds them (a whole history, or a
// paragraph that opens with an old date) and resolves yearless and relative dates in them from
// the story's own time; --anchor overrides the finding. Exact values on whole texts.
#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/story.hpp"
#include "dateline/timeline/text_kind.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using text_and_value = std::pair<std::string, std::string>;

std::vector<text_and_value> values_tagged_in(std::string content, date::local_days published,
                                             anchor_mode mode = anchor_mode::automatic) {
    document doc;
    doc.path = "a.txt";
    doc.content = std::move(content);
    doc.published = publication_time{published, std::nullopt, ""};
    doc.anchoring = mode;
    std::vector<text_and_value> values;
    for (const timex& t : tag_document(doc).timexes) values.emplace_back(t.text, t.r.value);
    return values;
}

// A history: old years throughout, the past tense, nothing said from the writer's present.
const std::string history =
    "On September 1, 1939, Germany attacked Poland. By early October, Poland was divided. In April 1940, "
    "Germany invaded Denmark. On June 10, Italy invaded. In September, Japan seized bases. In 1941 the war "
    "spread. In February, German forces went to Libya; during the summer they advanced. On December 7, Japan "
    "attacked. In 1942, fighting went on. In January, the Allies met; in early June, Japan attacked Midway.";

struct story_case {
    const char* name;
    anchor_mode mode;
    std::vector<text_and_value> expected;
};

class story_anchoring : public testing::TestWithParam<story_case> {};

TEST_P(story_anchoring, resolves_the_history) {
    EXPECT_EQ(values_tagged_in(history, test::day(2009, 12, 19), GetParam().mode), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    modes, story_anchoring,
    testing::Values(
        // Yearless dates take the year of the story's time: the last date mentioned.
        story_case{"automatic", anchor_mode::automatic,
                   {{"September 1, 1939", "1939-09-01"}, {"early October", "1939-10"}, {"April 1940", "1940-04"},
                    {"June 10", "1940-06-10"}, {"September", "1940-09"}, {"1941", "1941"}, {"February", "1941-02"},
                    {"the summer", "1941-SU"}, {"December 7", "1941-12-07"}, {"1942", "1942"},
                    {"January", "1942-01"}, {"early June", "1942-06"}}},
        story_case{"narrative", anchor_mode::narrative,
                   {{"September 1, 1939", "1939-09-01"}, {"early October", "1939-10"}, {"April 1940", "1940-04"},
                    {"June 10", "1940-06-10"}, {"September", "1940-09"}, {"1941", "1941"}, {"February", "1941-02"},
                    {"the summer", "1941-SU"}, {"December 7", "1941-12-07"}, {"1942", "1942"},
                    {"January", "1942-01"}, {"early June", "1942-06"}}},
        // --anchor dct: the publication date's year and the tense, as in news.
        story_case{"dct", anchor_mode::dct,
                   {{"September 1, 1939", "1939-09-01"}, {"early October", "2009-10"}, {"April 1940", "1940-04"},
                    {"June 10", "2009-06-10"}, {"September", "2009-09"}, {"1941", "1941"}, {"February", "2010-02"},
                    {"the summer", "2009-SU"}, {"December 7", "2009-12-07"}, {"1942", "1942"},
                    {"January", "2010-01"}, {"early June", "2009-06"}}}),
    [](const testing::TestParamInfo<story_case>& param_info) { return std::string(param_info.param.name); });

struct text_case {
    const char* name;
    const char* text;
    std::vector<text_and_value> expected;
};

class story_finding : public testing::TestWithParam<text_case> {};

TEST_P(story_finding, anchors_only_inside_stories) {
    EXPECT_EQ(values_tagged_in(GetParam().text, test::day(2010, 5, 1)), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    texts, story_finding,
    testing::Values(
        // A news paragraph that opens with an old date tells a story to its end. (Texts this short
        // are posts, written with the tweet gold's spellings: "Friday" alone "2010-04-30-WXX-5",
        // a year in digits "1980-XX-XX".)
        text_case{"news_paragraph_opening_with_an_old_date",
                  "Officials met on Friday.\nOn 6 June 1944, the Allies landed. On 10 June they took the town.\n"
                  "The vote is in June.",
                  {{"Friday", "2010-04-30"}, {"6 June 1944", "1944-06-06"}, {"10 June", "1944-06-10"},
                   {"June", "2010-06"}}},
        // An old date inside a noun phrase sets no scene.
        text_case{"old_date_in_a_noun_phrase",
                  "They were charged in the Dec. 21, 1988, bombing and released in April.",
                  {{"Dec. 21, 1988", "1988-12-21"}, {"April", "2010-04"}}},
        // A bare old year is background ("since 1980"), not a story.
        text_case{"bare_old_year", "In 1980 the plant opened. It closed in March.",
                  {{"1980", "1980"}, {"March", "2010-03"}}},
        // Said in the present or future, the paragraph is news about now.
        text_case{"present_tense_paragraph", "On 6 June 1944 the Allies landed, and veterans will meet on 6 June.",
                  {{"6 June 1944", "1944-06-06"}, {"6 June", "2010-06-06"}}},
        // "two years ago", "last year" count from the writer's present even inside a story. (These
        // short texts read as news, not as posts: text_kind.hpp.)
        text_case{"ago_and_last_year_stay_with_the_dct",
                  "On 6 June 1944, the Allies landed. Two years ago a museum opened, and last year it grew.",
                  {{"6 June 1944", "1944-06-06"}, {"Two years ago", "2008"}, {"last year", "2009"}}}),
    [](const testing::TestParamInfo<text_case>& param_info) { return std::string(param_info.param.name); });

// A history of years BC: its yearless dates and "the following year" count from the years BC.
TEST(story_anchoring, years_bc_are_the_storys_time) {
    EXPECT_EQ(values_tagged_in("In 499 BC the Ionian cities revolted against Persian rule. In 498 BC they burned "
                               "Sardis. In 494 BC the revolt was crushed at sea near Lade. In 492 BC Mardonius "
                               "marched into Thrace. In 490 BC the Persians landed at Marathon, where they were "
                               "beaten. The Athenians spent the summer rebuilding. The following year Miltiades "
                               "failed at Paros.",
                               test::day(2009, 12, 19)),
              (std::vector<text_and_value>{{"499 BC", "BC0499"}, {"498 BC", "BC0498"}, {"494 BC", "BC0494"},
                                           {"492 BC", "BC0492"}, {"490 BC", "BC0490"}, {"the summer", "BC0490-SU"},
                                           {"The following year", "BC0489"}}));
}

// In a story told in the past, a date said in the future tense is a plan: the story stays where
// it was ("a campaign that would come in 1976", then "on 11 March" of 1975).
TEST(story_anchoring, a_date_in_the_future_tense_does_not_move_the_story) {
    EXPECT_EQ(values_tagged_in(history + " On 10 March 1975, Dung attacked the town, and the road to the coast "
                                         "would be open for a campaign in 1976. The town fell on 11 March.",
                               test::day(2009, 12, 19))
                  .back(),
              (text_and_value{"11 March", "1975-03-11"}));
}

// A yearless date joined by "and" or a dash to a date with its year shares that year; said apart
// (", and in"), it does not.
TEST(story_anchoring, a_date_in_a_list_or_range_takes_the_year_named_after_it) {
    EXPECT_EQ(values_tagged_in("In April and June 1955 elections were held. The battle (26 June - 4 August 1952) "
                               "went on. In March, and in June 1956, more came.",
                               test::day(2009, 12, 19)),
              (std::vector<text_and_value>{{"April", "1955-04"},
                                           {"June 1955", "1955-06"},
                                           {"26 June", "1952-06-26"},
                                           {"4 August 1952", "1952-08-04"},
                                           {"March", "2009-03"},
                                           {"June 1956", "1956-06"}}));
}

TEST(story_regions, a_history_is_one_story_and_news_paragraphs_are_their_own) {
    temporal_ast old_date;
    old_date.year = 1944;
    old_date.month = 6;
    temporal_ast month_only;
    month_only.month = 7;
    temporal_ast friday;
    friday.kind = ast_kind::weekday;
    friday.weekday = 5;
    const std::string body = "On Friday.\nOn June 1944 x. In July y.\nIn July z.";
    const std::vector<story_evidence> evidence = {{3, &friday, tense::past},
                                                  {14, &old_date, tense::past},
                                                  {30, &month_only, tense::past},
                                                  {41, &month_only, tense::past}};
    const publication_time published{test::day(2010, 5, 1), std::nullopt, ""};
    EXPECT_EQ(story_regions(body, evidence, published, anchor_mode::automatic),
              (std::vector<std::uint32_t>{0, 2, 2, 0}));
    EXPECT_EQ(story_regions(body, evidence, published, anchor_mode::narrative),
              (std::vector<std::uint32_t>{1, 1, 1, 1}));
    EXPECT_EQ(story_regions(body, evidence, published, anchor_mode::dct), (std::vector<std::uint32_t>{0, 0, 0, 0}));
    EXPECT_EQ(story_regions(body, evidence, std::nullopt, anchor_mode::automatic),
              (std::vector<std::uint32_t>{0, 0, 0, 0}));
}

// Posts are read with the tweet conventions (recognize_options::informal, resolve_context::post).
TEST(text_kind, a_short_text_of_one_paragraph_is_a_post) {
    EXPECT_TRUE(is_short_post("had a fun day at the zoo :) http://t.co/x"));
    EXPECT_TRUE(is_short_post("  " + std::string(280, 'a') + "\n"));
    EXPECT_FALSE(is_short_post(std::string(281, 'a')));
    EXPECT_FALSE(is_short_post("Brief one.\n\nBrief two."));
    EXPECT_FALSE(is_short_post(" \n"));
}

// A post's bare nouns and lowercase holidays are tagged; in this year's, with no tense cue.
TEST(text_kind, a_post_is_tagged_with_the_tweet_conventions) {
    EXPECT_EQ(values_tagged_in("so cold at night, xmas is coming", test::day(2014, 10, 14)),
              (std::vector<text_and_value>{{"night", "2014-10-14TNI"}, {"xmas", "2014-12-25"}}));
    EXPECT_EQ(values_tagged_in("IFA 2014 this week, judging this Sat, 7pm", test::day(2014, 9, 3)),
              (std::vector<text_and_value>{
                  {"2014", "2014-XX-XX"}, {"this week", "2014-09-W36"}, {"this Sat, 7pm", "2014-09-06-WXX-6T19:00"}}));
}

}  // namespace
}  // namespace dateline
