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

// A date mentioned in passing (a forward reference, a flashback, a citation) does not move the
// story: the story's year stays with the dates around it.
TEST(story_anchoring, a_date_mentioned_in_passing_does_not_move_the_story) {
    const std::string war =
        "In 1944 the Allies landed in France. In June, they took Cherbourg. On 20 October, Belgrade was freed. The "
        "siege lasted until the capture of Budapest in February 1945. By the start of December, the front was quiet. "
        "In 1944 the Japanese also advanced in China. They had invaded Burma in late 1943. By June, they held "
        "Changsha. In December 1944, the offensive stopped. In January 1945 the Allies crossed into Germany. "
        "A publication declassified in 2005 revealed the plan. On 4 March, they took Cologne. Germany gave up in "
        "May 1945.";
    EXPECT_EQ(values_tagged_in(war, test::day(2009, 12, 19)),
              (std::vector<text_and_value>{{"1944", "1944"},
                                           {"June", "1944-06"},
                                           {"20 October", "1944-10-20"},
                                           {"February 1945", "1945-02"},
                                           {"the start of December", "1944-12"},
                                           {"1944", "1944"},
                                           {"late 1943", "1943"},
                                           {"June", "1944-06"},
                                           {"December 1944", "1944-12"},
                                           {"January 1945", "1945-01"},
                                           {"2005", "2005"},
                                           {"4 March", "1945-03-04"},
                                           {"May 1945", "1945-05"}}));
}

// A date that opens its sentence, or follows the story's time by a season or less, moves the
// story on even when the next date goes back.
TEST(story_anchoring, a_date_that_sets_the_scene_or_moves_on_moves_the_story) {
    const std::string war =
        "In 1776 the British took New York. In October, they won at White Plains. On December 26, 1776, Washington "
        "won at Trenton, and he attacked Princeton on January 3, 1777. In February, the army rested. In 1778 France "
        "joined. In 1777, Burgoyne had marched south. In 1779, Spain joined; in June, it besieged Gibraltar. In "
        "1780 Charleston fell.";
    EXPECT_EQ(values_tagged_in(war, test::day(2009, 12, 19)),
              (std::vector<text_and_value>{{"1776", "1776"},
                                           {"October", "1776-10"},
                                           {"December 26, 1776", "1776-12-26"},
                                           {"January 3, 1777", "1777-01-03"},
                                           {"February", "1777-02"},
                                           {"1778", "1778"},
                                           {"1777", "1777"},
                                           {"1779", "1779"},
                                           {"June", "1779-06"},
                                           {"1780", "1780"}}));
}

// Histories name a winter after its January: after December 1918 "the winter" is 1919-WI.
TEST(story_anchoring, a_winter_is_named_after_its_january) {
    EXPECT_EQ(values_tagged_in("In 1918 the war went on. In December 1918 they could not hold out over the winter. "
                               "In 1777 the army fought. On January 3, 1777, it won and harassed the British "
                               "throughout the winter. In 481 BC the Persians gathered; in September they passed "
                               "the winter at Sardis. In 480 BC they marched. In 479 BC they lost.",
                               test::day(2009, 12, 19)),
              (std::vector<text_and_value>{{"1918", "1918"},
                                           {"December 1918", "1918-12"},
                                           {"the winter", "1919-WI"},
                                           {"1777", "1777"},
                                           {"January 3, 1777", "1777-01-03"},
                                           {"the winter", "1777-WI"},
                                           {"481 BC", "BC0481"},
                                           {"September", "BC0481-09"},
                                           {"the winter", "BC0480-WI"},
                                           {"480 BC", "BC0480"},
                                           {"479 BC", "BC0479"}}));
}

TEST(mentioned_in_passing, a_year_apart_from_the_dates_around_it_mid_sentence) {
    temporal_ast y1944;
    y1944.year = 1944;
    temporal_ast feb1945;
    feb1945.year = 1945;
    feb1945.month = 2;
    temporal_ast dec1944;
    dec1944.year = 1944;
    dec1944.month = 12;
    temporal_ast jan1945;
    jan1945.year = 1945;
    jan1945.month = 1;
    const std::string body =
        "In 1944 a. It lasted to February 1945. In 1944 b. On December 1944 c, then January 1945, as in 1944.";
    const std::vector<story_evidence> evidence = {{3, &y1944, tense::past},   {24, &feb1945, tense::past},
                                                  {42, &y1944, tense::past},  {53, &dec1944, tense::past},
                                                  {75, &jan1945, tense::past}, {95, &y1944, tense::past}};
    const std::vector<std::uint32_t> one_story(evidence.size(), 1);
    // February 1945 is apart; January 1945 is a month on from December 1944: the story moves on.
    EXPECT_EQ(mentioned_in_passing(body, evidence, one_story),
              (std::vector<bool>{false, true, false, false, false, false}));
    // Outside stories nothing is.
    EXPECT_EQ(mentioned_in_passing(body, evidence, std::vector<std::uint32_t>(evidence.size(), 0)),
              (std::vector<bool>(evidence.size(), false)));
    // Opening its sentence, a date sets the scene.
    const std::string opening = "In 1944 a. In February 1945 b. In 1944 c.";
    const std::vector<story_evidence> scenes = {{3, &y1944, tense::past}, {14, &feb1945, tense::past},
                                                {34, &y1944, tense::past}};
    EXPECT_EQ(mentioned_in_passing(opening, scenes, std::vector<std::uint32_t>(3, 1)),
              (std::vector<bool>{false, false, false}));
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
