// Salience, --top picks, background, --from/--to, and the reporting comparison on small
// constructed chronologies with known scores.
#include <gtest/gtest.h>

#include "dateline/timeline/background.hpp"
#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "dateline/timeline/salience.hpp"
#include "dateline/timeline/top_dates.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using test::day;
using test::make_event;
using test::on_day;
using test::published_on;

chronology from(std::vector<document> documents, std::vector<event> events) {
    chronology c;
    c.documents = std::move(documents);
    c.dated = merge_events(std::move(events));
    order_groups(c.dated);
    mark_background(c);
    return c;
}

// Three documents: 1 May (source A), 2 May (B), 20 May (B).
chronology three_reports() {
    return from({published_on(day(2025, 5, 1), "A"), published_on(day(2025, 5, 2), "B"), published_on(day(2025, 5, 20), "B")},
                {on_day(0, 5, "The dam broke near the village.", day(2025, 4, 30)),
                 on_day(1, 5, "The dam broke near the village at dawn.", day(2025, 4, 30)),
                 on_day(2, 5, "Floods reached the capital after the dam broke.", day(2025, 4, 30)),
                 on_day(1, 6, "The minister resigned over the dam.", day(2025, 5, 2))});
}

TEST(salience, a_day_scores_documents_publication_days_recall_and_the_news_of_that_day) {
    const auto scores = score_days(three_reports());
    ASSERT_EQ(scores.size(), 2u);
    // 30 Apr: three documents (1 each), none absolute, one published 20 days later (+2 recalled),
    // three publication days (3 x 0.25), one of them 14 days or more later (+2), one document
    // published on 1 May, the day after (0.25).
    EXPECT_EQ(scores[0].day, day(2025, 4, 30));
    EXPECT_DOUBLE_EQ(scores[0].score, 3.0 + 2.0 + 0.75 + 2.0 + 0.25);
    EXPECT_EQ(scores[0].documents, 3u);
    EXPECT_EQ(scores[0].publication_days, 3u);
    EXPECT_EQ(scores[0].recalling_days, 1u);
    // 2 May: one document, one publication day, one document published that day.
    EXPECT_EQ(scores[1].day, day(2025, 5, 2));
    EXPECT_DOUBLE_EQ(scores[1].score, 1.0 + 0.25 + 0.25);
    EXPECT_EQ(scores[1].recalling_days, 0u);
}

TEST(salience, a_night_counts_for_the_day_it_begins_and_a_month_for_none) {
    event_group night;
    night.when = test::night_of(day(2025, 4, 23));
    night.grain = granularity::part_of_day;
    EXPECT_EQ(day_of(night), day(2025, 4, 23));
    event_group month;
    month.when = {day(2025, 4, 1), day(2025, 5, 1)};
    month.grain = granularity::month;
    EXPECT_EQ(day_of(month), std::nullopt);
}

TEST(top, picks_the_most_salient_days_in_chronological_order_with_their_scores) {
    const chronology top = select_top(three_reports(), {1, 2, {}});
    // The two wordings of the dam breaking are near-duplicates: the more central is kept, and
    // the floods sentence is the second pick; each is a group of its own under the day.
    ASSERT_EQ(top.dated.size(), 2u);
    for (const auto& g : top.dated) {
        EXPECT_EQ(g.value, "2025-04-30");
        EXPECT_DOUBLE_EQ(*g.salience, 8.0);
        EXPECT_EQ(g.reports.size(), 1u);
    }
    EXPECT_EQ(top.dated[0].reports[0].text, "The dam broke near the village.");
    EXPECT_EQ(top.dated[1].reports[0].text, "Floods reached the capital after the dam broke.");

    const chronology both = select_top(three_reports(), {5, 1, {}});
    ASSERT_EQ(both.dated.size(), 2u);
    EXPECT_EQ(both.dated[0].value, "2025-04-30");
    EXPECT_EQ(both.dated[1].value, "2025-05-02");
    EXPECT_DOUBLE_EQ(*both.dated[1].salience, 1.5);
}

TEST(top, most_salient_days_are_the_best_scores_in_date_order_ties_to_the_earlier) {
    const auto one = most_salient_days(three_reports(), {}, 1);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].day, day(2025, 4, 30));
    EXPECT_DOUBLE_EQ(one[0].score, 8.0);
    // 2 May scores 1.5: both days, in date order.
    const auto both = most_salient_days(three_reports(), {}, 5);
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].day, day(2025, 4, 30));
    EXPECT_EQ(both[1].day, day(2025, 5, 2));
    // Equal scores: the earlier day wins.
    salience_model flat;
    flat.per_document = 0;
    flat.absolute_bonus = 0;
    flat.recalled_bonus = 0;
    flat.per_publication_day = 0;
    flat.per_recalling_day = 0;
    flat.per_published_document = 0;
    const auto tie = most_salient_days(three_reports(), flat, 1);
    ASSERT_EQ(tie.size(), 1u);
    EXPECT_EQ(tie[0].day, day(2025, 4, 30));
}

TEST(top, the_centroid_report_comes_first_and_near_duplicates_are_dropped) {
    const event a = on_day(0, 0, "Rebels took the port town on Monday.", day(2025, 1, 6));
    const event b = on_day(1, 0, "Rebels took the port town.", day(2025, 1, 6));
    const event c = on_day(2, 0, "Markets were calm.", day(2025, 1, 6));
    EXPECT_EQ(representative_reports({&c, &a, &b}, 3), (std::vector<std::size_t>{1, 0}));
}

TEST(top, reports_that_tell_the_day_come_before_announcements_and_clock_times) {
    event announced = on_day(0, 0, "Rebels will take the port town on Monday.", day(2025, 1, 6));
    announced.timexes[0].clause_tense = tense::future;
    event clock = make_event(1, 0, "08:15 Rebels took the port town.", "2025-01-06T08:15",
                             {day(2025, 1, 6) + std::chrono::minutes{495}, day(2025, 1, 6) + std::chrono::minutes{496}},
                             granularity::minute);
    event told = on_day(2, 0, "Markets were calm on Monday.", day(2025, 1, 6));
    told.timexes[0].clause_tense = tense::past;
    EXPECT_FALSE(tells_its_day(announced));
    EXPECT_FALSE(tells_its_day(clock));
    EXPECT_TRUE(tells_its_day(told));
    // The two rebel sentences are the most alike, but only the past-tense report tells the day.
    EXPECT_EQ(representative_reports({&announced, &clock, &told}, 2), (std::vector<std::size_t>{2}));
    // With no report that tells the day, all are candidates.
    EXPECT_EQ(representative_reports({&announced, &clock}, 2), (std::vector<std::size_t>{0}));
}

TEST(background, years_and_dates_long_before_the_corpus_go_apart) {
    chronology c = from({published_on(day(2025, 5, 1))},
                        {on_day(0, 0, "It began on 3 March 2022.", day(2022, 3, 3)),
                         on_day(0, 1, "It flared on 2 April.", day(2025, 4, 2)),
                         make_event(0, 2, "The company has existed since 1989.", "1989",
                                    {day(1989, 1, 1), day(1990, 1, 1)}, granularity::year)});
    ASSERT_EQ(c.dated.size(), 3u);
    EXPECT_TRUE(c.dated[0].background);   // 1989: a year
    EXPECT_TRUE(c.dated[1].background);   // 2022-03-03: three years before the first publication
    EXPECT_FALSE(c.dated[2].background);  // 2025-04-02: within 180 days
    EXPECT_EQ(select_top(c, {3, 1, {}}).dated.size(), 1u);
}

TEST(background, from_and_to_keep_the_dates_that_begin_inside_the_window) {
    chronology c = three_reports();
    restrict_to_window(c, {day(2025, 5, 1), day(2025, 5, 2)});
    ASSERT_EQ(c.dated.size(), 1u);
    EXPECT_EQ(c.dated[0].value, "2025-05-02");
    chronology open_end = three_reports();
    restrict_to_window(open_end, {std::nullopt, day(2025, 4, 30)});
    ASSERT_EQ(open_end.dated.size(), 1u);
    EXPECT_EQ(open_end.dated[0].value, "2025-04-30");
}

TEST(report_comparison, first_report_and_lag_days) {
    const chronology c = three_reports();
    const event_group& dam = c.dated[0];
    ASSERT_EQ(dam.reports.size(), 3u);  // the floods sentence is worded closely enough to merge
    EXPECT_EQ(first_reporting_document(c, dam), 0u);
    EXPECT_EQ(lag_days(c, dam, dam.reports[0]), 1);
    EXPECT_EQ(lag_days(c, dam, dam.reports[1]), 2);
    EXPECT_EQ(lag_days(c, dam, dam.reports[2]), 20);
    // Announced ahead: a report published before the day has a negative lag.
    const chronology ahead = from({published_on(day(2025, 5, 1))}, {on_day(0, 0, "The vote is on Friday.", day(2025, 5, 2))});
    EXPECT_EQ(lag_days(ahead, ahead.dated[0], ahead.dated[0].reports[0]), -1);
}

TEST(report_comparison, the_same_happening_on_two_days_is_a_disagreement) {
    chronology c = from({published_on(day(2025, 6, 4), "A"), published_on(day(2025, 6, 4), "B")},
                        {on_day(0, 2, "The two sides exchanged 300 prisoners on Tuesday.", day(2025, 6, 3)),
                         on_day(1, 7, "The two sides exchanged 300 prisoners on Wednesday.", day(2025, 6, 4)),
                         on_day(1, 8, "Talks on a ceasefire ended on Monday.", day(2025, 6, 2))});
    const auto found = find_disagreements(c);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].dates, (std::vector<std::string>{"2025-06-03", "2025-06-04"}));
    EXPECT_EQ(found[0].reports, (std::vector<disagreement::report_ref>{{0, 2}, {1, 7}}));
}

TEST(report_comparison, sources_are_summarised_by_documents_events_first_reports_and_median_lag) {
    const auto rows = summarize_sources(three_reports());
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].source, "B");
    EXPECT_EQ(rows[0].documents, 2u);
    EXPECT_EQ(rows[0].events, 2u);  // the dam breaking, the resignation
    EXPECT_EQ(rows[0].first_reported, 1u);
    EXPECT_EQ(rows[0].median_lag, 2.0);  // lags 2, 20, 0
    EXPECT_EQ(rows[1].source, "A");
    EXPECT_EQ(rows[1].first_reported, 1u);
    EXPECT_EQ(rows[1].median_lag, 1.0);
}

}  // namespace
}  // namespace dateline
