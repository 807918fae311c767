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

}  // namespace
}  // namespace dateline
