// Short posts: which texts are read as posts (text_kind.hpp), and how a post is tagged as a whole
// (the narrative day carried from one expression to the next). Exact values on whole texts.
#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/text_kind.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using tagged = std::vector<std::pair<std::string, std::string>>;  // {text, TIMEX3 value}

tagged tagged_on(date::local_days published, std::string content) {
    document doc;
    doc.path = "post.txt";
    doc.content = std::move(content);
    doc.published = publication_time{published, std::nullopt, ""};
    tagged out;
    for (const timex& t : tag_document(doc).timexes) out.emplace_back(t.text, t.r.value);
    return out;
}

// "tomorrow at 12pm" is two expressions in a post; the time falls on the day said before it.
TEST(post_tagging, a_day_at_a_clock_time_is_a_day_and_a_time_on_it) {
    EXPECT_EQ(tagged_on(test::day(2015, 1, 24), "crochet details on point, coming up tomorrow at 12pm! http://t.co/x"),
              (tagged{{"tomorrow", "2015-01-25"}, {"12pm", "2015-01-25T12:00"}}));
    EXPECT_EQ(tagged_on(test::day(2014, 4, 20), "JOIN OUR COURSE May 2 - 3, 9 - 10 (Sat-Sun) http://t.co/x"),
              (tagged{{"May 2", "2014-05-02"}, {"3", "2014-05-03"}, {"9", "2014-05-09"}, {"10", "2014-05-10"}}));
}

// A short text of one paragraph is a post unless it reads as news: a wire dateline, or a sentence
// or two that name someone, end with a full stop, exclaim nothing and ask nothing, with nobody
// speaking of themselves outside quotes. A mention, hashtag, link, emoji or emoticon makes a post.
TEST(text_kind, a_short_text_is_a_post_unless_it_reads_as_news) {
    EXPECT_FALSE(is_short_post("WASHINGTON (AP) -- The Senate voted on Friday to confirm the nominee."));
    EXPECT_FALSE(is_short_post("LONDON, April 24 (Reuters) - Shares fell."));
    EXPECT_FALSE(is_short_post("The Federal Reserve held interest rates steady on Wednesday, citing slower growth."));
    EXPECT_FALSE(is_short_post("\"We will win,\" Prime Minister John Key said on Friday in Wellington."));
    EXPECT_FALSE(is_short_post("N.V. DSM said net income in the third quarter jumped 63% as charges fell."));
    // Marks of a post.
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday http://t.co/x1"));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday, said @jack."));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday, citing #growth."));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday, citing growth :)"));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday \xF0\x9F\x98\x80."));
    // No marks, but not news either.
    EXPECT_TRUE(is_short_post("I finally met Barack Obama in Chicago on Friday after a long wait."));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday, true shit."));
    EXPECT_TRUE(is_short_post("The Federal Reserve held interest rates steady on Wednesday!"));
    EXPECT_TRUE(is_short_post("Monday mornings should be reserved for team building activities, like morning tea."));
    EXPECT_TRUE(is_short_post("SDD registration closing in 2 weeks time - 04/04/2014! Register now"));
    EXPECT_TRUE(is_short_post("Sad first day already got cca"));
    EXPECT_TRUE(is_short_post("Brexit talks resume in Brussels on Monday."));  // fewer than eight words
    EXPECT_TRUE(is_short_post("WASHINGTON -- so tired, home at 10pm..."));  // a capitalised start, then a post
}

// A news brief keeps TIMEX3's spellings; the same words in a post take the tweet gold's.
TEST(post_tagging, a_short_news_brief_is_tagged_as_news) {
    EXPECT_EQ(tagged_on(test::day(2014, 1, 13), "WASHINGTON (AP) -- The Senate voted on Friday to confirm the 2014 budget."),
              (tagged{{"Friday", "2014-01-10"}, {"2014", "2014"}}));
    EXPECT_EQ(tagged_on(test::day(2014, 1, 13), "The Senate voted on Friday to confirm the 2014 budget #politics"),
              (tagged{{"Friday", "2014-01-10-WXX-5"}, {"2014", "2014-XX-XX"}}));
}

}  // namespace
}  // namespace dateline
