// Readers' comments: the headings that open them, and the comment section of a document kept out
// of the salience evidence and of the --top reports.
#include <gtest/gtest.h>

#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/reader_comments.hpp"
#include "dateline/timeline/salience.hpp"
#include "dateline/timeline/top_dates.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using test::day;
using test::on_day;
using test::published_on;

TEST(reader_comments, headings_with_a_timestamp_and_wrote_or_a_comment_widget) {
    EXPECT_TRUE(opens_reader_comment("At 12:19 26th Apr 2009 , barriesingleton wrote : This comment was removed."));
    EXPECT_TRUE(opens_reader_comment("At 6:20pm on 11 Jun 2009, Tom wrote: the flu is overblown."));
    EXPECT_TRUE(opens_reader_comment("At 03:32 am on 21 Jan 2010 , Alice wrote : Send money."));
    EXPECT_TRUE(opens_reader_comment("March 29 , 2011 at 12:43 am | Reply I am a long time fan."));
    EXPECT_TRUE(opens_reader_comment("February 21 , 2011 at 12:12 am | Report abuse | I find it disgusting."));
    // A blog's stamp and bar before the comment; a BBC comment's stamp with an ordinal day.
    EXPECT_TRUE(opens_reader_comment("March 1 , 2011 at 5:58 pm | I may go as far as a no-fly zone."));
    EXPECT_TRUE(opens_reader_comment("Mar 21, 2011 at 11:07 AM | The US has sponsored this dictator."));
    EXPECT_TRUE(opens_reader_comment("9th November 2011 - 8:26 This to me seems like the suing culture."));
    EXPECT_TRUE(opens_reader_comment("24th June 2011 - 20:55 My heart goes out to the people of Syria."));
    // An article's own sentences: a time without "wrote:", a "wrote" too far in to be a heading.
    EXPECT_FALSE(opens_reader_comment("At 10:30 on Tuesday the first flight landed."));
    EXPECT_FALSE(opens_reader_comment("At least 20 people wrote: we want to go home."));
    EXPECT_FALSE(opens_reader_comment(
        "At 9:00 the minister, who had spent the whole night negotiating with the unions over the "
        "closure of the three plants in the north, finally wrote: no deal."));
    EXPECT_FALSE(opens_reader_comment("The president wrote: Reply to the letter by Friday."));
    // A wire story's dateline and an article's sentence that open with a day and a time.
    EXPECT_FALSE(opens_reader_comment("Thu May 6 , 2010 1:40 pm EDT -LRB- Reuters -RRB- - A chamber reached the leak."));
    EXPECT_FALSE(opens_reader_comment("March 1 , 2011 at 5:58 pm the first jets took off."));
    EXPECT_FALSE(opens_reader_comment("9th November 2011 - the day of the verdict - crowds gathered at 8:26."));
    EXPECT_FALSE(opens_reader_comment("9 November 2011 - 8:26 The jury returned."));
    // Stamps cut short end the sentence without a comment.
    EXPECT_FALSE(opens_reader_comment("March 1 , 2011 at 5:58 pm"));
    EXPECT_FALSE(opens_reader_comment("9th November 2011 - 8:"));
    EXPECT_FALSE(opens_reader_comment("9th"));
    EXPECT_FALSE(opens_reader_comment(""));
}

// Document 0 has an article (sentences 0, 1) and then its readers' comments (2 on): the comment
// heading and the comment's later sentence count for nothing. Document 1 is an article.
chronology with_comments() {
    chronology c;
    c.documents = {published_on(day(2025, 5, 2)), published_on(day(2025, 5, 2))};
    c.dated = merge_events({on_day(0, 0, "The bridge collapsed on Thursday.", day(2025, 5, 1)),
                            on_day(0, 2, "At 09:12 2nd May 2025 , Sam wrote : the bridge was old.", day(2025, 5, 2)),
                            on_day(0, 3, "My father crossed it on 20 April.", day(2025, 4, 20)),
                            on_day(1, 4, "Divers searched the river on Friday.", day(2025, 5, 2))});
    order_groups(c.dated);
    return c;
}

TEST(reader_comments, the_comment_section_starts_at_the_first_heading) {
    const chronology c = with_comments();
    EXPECT_EQ(comment_section_starts(c), (std::vector<std::size_t>{2, no_comments}));
}

TEST(reader_comments, comments_are_no_evidence_of_a_day_and_no_report_of_it) {
    const auto scores = score_days(with_comments());
    // 20 April is named only in a comment: no candidate. 2 May: document 1 alone (1 + 0.25 per
    // publication day + 2 x 0.25 for the documents published that day), not the comment's heading.
    ASSERT_EQ(scores.size(), 2u);
    EXPECT_EQ(scores[0].day, day(2025, 5, 1));
    EXPECT_EQ(scores[1].day, day(2025, 5, 2));
    EXPECT_EQ(scores[1].documents, 1u);
    EXPECT_EQ(scores[1].reports, 1u);
    EXPECT_DOUBLE_EQ(scores[1].score, 1.0 + 0.25 + 0.5);

    const chronology top = select_top(with_comments(), {2, 2, {}});
    ASSERT_EQ(top.dated.size(), 2u);
    EXPECT_EQ(top.dated[1].reports[0].text, "Divers searched the river on Friday.");
}

}  // namespace
}  // namespace dateline
