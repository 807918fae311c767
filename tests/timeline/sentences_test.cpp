#include <cctype>

#include <gtest/gtest.h>

#include "dateline/timeline/sentences.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using strings = std::vector<std::string>;

strings sentences_of(std::string_view text, std::size_t body_begin = 0) {
    strings out;
    for (const auto& s : split_sentences(text, body_begin)) out.push_back(sentence_text(text, s));
    return out;
}

struct split_case {
    std::string_view name;
    std::string_view text;
    strings expected;
};

class sentence_table : public ::testing::TestWithParam<split_case> {};

TEST_P(sentence_table, splits_news_text_into_sentences) {
    EXPECT_EQ(sentences_of(GetParam().text), GetParam().expected) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    tricky_lines, sentence_table,
    ::testing::Values(
        split_case{"a title line without a period is a sentence of its own",
                   "U.S. President Donald Trump advises Putin to halt actions.\n"
                   "Fiery Night: Missiles Rain Down on Kyiv as Peace Negotiations Stall\n"
                   "The Ukrainian capital was hit hard last night.",
                   {"U.S. President Donald Trump advises Putin to halt actions.",
                    "Fiery Night: Missiles Rain Down on Kyiv as Peace Negotiations Stall",
                    "The Ukrainian capital was hit hard last night."}},
        split_case{"a closing quote after the period stays in the sentence",
                   "The Kremlin seemed open to \"halting the war.\" The next few days, Trump said, would be crucial.",
                   {"The Kremlin seemed open to \"halting the war.\"",
                    "The next few days, Trump said, would be crucial."}},
        split_case{"curly closing quotes stay too",
                   "\xE2\x80\x9CWe are very much on track,\xE2\x80\x9D Trump said. \xE2\x80\x9CThey are.\xE2\x80\x9D He left.",
                   {"\xE2\x80\x9CWe are very much on track,\xE2\x80\x9D Trump said.",
                    "\xE2\x80\x9CThey are.\xE2\x80\x9D", "He left."}},
        split_case{"a quoted question goes on when a lowercase word follows",
                   "\"Will he listen?\" he asked. \"Yes, I do,\" he replied.",
                   {"\"Will he listen?\" he asked.", "\"Yes, I do,\" he replied."}},
        split_case{"sentences inside one quotation",
                   "\"I am not pleased with the Russian strikes on KYIV. Not necessary, and terribly timed. "
                   "Vladimir, STOP! 5000 soldiers a week are dying. Lets get the Peace Deal DONE!\"",
                   {"\"I am not pleased with the Russian strikes on KYIV.", "Not necessary, and terribly timed.",
                    "Vladimir, STOP!", "5000 soldiers a week are dying.", "Lets get the Peace Deal DONE!\""}},
        split_case{"a question mark then a capital inside a quote",
                   "Trump said: \"To end the war and not take over the entire country? A pretty big concession.\"",
                   {"Trump said: \"To end the war and not take over the entire country?",
                    "A pretty big concession.\""}},
        split_case{"an ellipsis does not end a sentence",
                   "\"I think we're going to reach a deal ... I think we're getting really close,\" he declared.",
                   {"\"I think we're going to reach a deal ... I think we're getting really close,\" he declared."}},
        split_case{"U.S. before a name goes on",
                   "U.S. Secretary of State Marco Rubio stated that further discussions would be held over the weekend.",
                   {"U.S. Secretary of State Marco Rubio stated that further discussions would be held over the weekend."}},
        split_case{"U.S. at the end of a sentence ends it before a sentence starter",
                   "Ukraine signed a deal with the U.S. The talks went on.",
                   {"Ukraine signed a deal with the U.S.", "The talks went on."}},
        split_case{"initials and titles",
                   "US Vice President J.D. Vance raised the possibility. Gen. Keith Kellogg called them egregious. "
                   "Donald J. Trump wrote.",
                   {"US Vice President J.D. Vance raised the possibility.", "Gen. Keith Kellogg called them egregious.",
                    "Donald J. Trump wrote."}},
        split_case{"clock times and month abbreviations",
                   "Sirens sounded at 4 a.m. Thursday in Kyiv. Talks resumed Mar. 11 in Jeddah. It ended at 5 p.m. The city slept.",
                   {"Sirens sounded at 4 a.m. Thursday in Kyiv.", "Talks resumed Mar. 11 in Jeddah.",
                    "It ended at 5 p.m.", "The city slept."}},
        split_case{"decimal numbers and a period without a space",
                   "The rate rose 2.5 percent. Killing 15 people according to local authorities.Source: Bloomberg",
                   {"The rate rose 2.5 percent.", "Killing 15 people according to local authorities.Source: Bloomberg"}},
        split_case{"a number ends a sentence",
                   "Russia's war against Ukraine began in 2022. Both Kyiv and Moscow are eager.",
                   {"Russia's war against Ukraine began in 2022.", "Both Kyiv and Moscow are eager."}},
        split_case{"bullet markers are not part of the text",
                   "- Trump, in a post on Truth Social, expressed his disapproval.\n"
                   "\xE2\x80\xA2 Washington is putting pressure on both.\n"
                   "* Third item\n"
                   "-not a bullet",
                   {"Trump, in a post on Truth Social, expressed his disapproval.", "Washington is putting pressure on both.",
                    "Third item", "-not a bullet"}},
        split_case{"page clutter lines are no sentences",
                   "The Russian attack killed 18 people.\n\nMost Read from Bloomberg\n\n"
                   "WATCH: Russia unleased a drone attack on Kyiv.Source: Bloomberg\n"
                   "It said 563 drones were shot down.",
                   {"The Russian attack killed 18 people.", "It said 563 drones were shot down."}},
        split_case{"a reply form ends the article",
                   "\xE2\x80\x9CWords of a ceasefire aren\xE2\x80\x99t enough,\xE2\x80\x9D he said.\n\nLEAVE A REPLY\n\n"
                   "Please enter your comment!\n\nAt Least 91 Killed in Gaza as Israel Ends Ceasefire\n",
                   {"\xE2\x80\x9CWords of a ceasefire aren\xE2\x80\x99t enough,\xE2\x80\x9D he said."}},
        split_case{"no-break spaces at the end of a line are trimmed and inside folded",
                   "Trump said in a social media post.\xC2\xA0\xC2\xA0 \xC2\xA0\nNext\xC2\xA0line.",
                   {"Trump said in a social media post.", "Next line."}},
        split_case{"a line going on in lowercase continues the sentence",
                   "Trump said the talks\n  would resume on Friday.\nNew line here",
                   {"Trump said the talks would resume on Friday.", "New line here"}},
        split_case{"a blank line always ends a sentence",
                   "Trump said the talks\n\nwould resume", {"Trump said the talks", "would resume"}},
        split_case{"invalid UTF-8 is carried as it is",
                   "Kyiv \xFF\xFE was hit. Then\xE2 it ended", {"Kyiv \xFF\xFE was hit.", "Then\xE2 it ended"}},
        split_case{"empty and blank bodies have no sentences", " \n\t\n", {}}),
    [](const auto& param_info) {
        std::string name(param_info.param.name);
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return name;
    });

TEST(split_sentences, gives_byte_spans_into_the_content_without_markers_or_trailing_space) {
    const std::string text = "Title\n- Kyiv was hit.  Rescuers came.\r\n";
    const auto spans = split_sentences(text);
    ASSERT_EQ(spans.size(), 3U);
    EXPECT_EQ(spans[0].begin, 0U);
    EXPECT_EQ(spans[0].end, 5U);
    EXPECT_EQ(spans[1].begin, 8U);
    EXPECT_EQ(spans[1].end, 21U);
    EXPECT_EQ(spans[2].begin, 23U);
    EXPECT_EQ(spans[2].end, 37U);
    EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "Rescuers came.");
}

TEST(split_sentences, starts_at_the_body) {
    const std::string text = "---\ntitle: A. B.\n---\nFirst one. Second one.";
    EXPECT_EQ(sentences_of(text, 21), (strings{"First one.", "Second one."}));
    EXPECT_EQ(split_sentences(text, 21).front().begin, 21U);
}

TEST(split_sentences, a_body_begin_past_the_end_gives_nothing) {
    EXPECT_TRUE(split_sentences("Text.", 99).empty());
}

TEST(split_sentences, splits_the_seed_003_byline_and_title_lines_apart) {
    const std::string text = test::read_file(test::source_path("fixtures/seeds/003_ff6490168d6f341c.txt"));
    const strings s = sentences_of(text);
    ASSERT_GE(s.size(), 6U);
    EXPECT_EQ(s[0], "Thursday, April 24, 2025");
    EXPECT_EQ(s[1], "Suddenly Trump Sees a \"Pretty Big Concession\" on Putin's Side");
    EXPECT_EQ(s[2], "WELT");
    EXPECT_EQ(s[4], "Russia launched heavy airstrikes against Ukraine last night.");  // the byline is clutter
    EXPECT_EQ(s[5], "At least eight people died in Kyiv.");
}

TEST(sentence_text, folds_white_space_of_every_kind) {
    const std::string text = "A \t b\xC2\xA0\xC2\xA0" "c\xE2\x80\x89" "d.";
    EXPECT_EQ(sentence_text(text, {0, text.size()}), "A b c d.");
}

}  // namespace
}  // namespace dateline
