#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/events.hpp"
#include "dateline/timeline/sentences.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

const local_interval wednesday = test::days(test::day(2025, 4, 23));
const local_interval night = test::night_of(test::day(2025, 4, 23));
const local_interval year_2022 = {test::day(2022, 1, 1), test::day(2023, 1, 1)};

// A document whose timexes are given as (text, resolution), found in the content in order.
struct fixture {
    document doc;
    tagged_document tagged;

    fixture(std::string content, bool dated, std::vector<std::pair<std::string, resolution>> timexes) {
        doc.path = "a.txt";
        doc.content = std::move(content);
        if (dated) doc.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
        tagged.sentences = split_sentences(doc.content);
        std::size_t from = 0;
        for (auto& [text, r] : timexes) {
            const std::size_t at = doc.content.find(text, from);
            tagged.timexes.push_back(test::make_timex(at, at + text.size(), text, std::move(r)));
            from = at + text.size();
        }
    }
    std::vector<event> events() const { return extract_events(3, doc, tagged); }
};

resolution vague(std::string value) {
    resolution r;
    r.value = std::move(value);
    r.grain = granularity::none;
    return r;
}

resolution set_every_week() {
    resolution r;
    r.type = timex_type::set;
    r.value = "P1W";
    r.when = test::days(test::day(2025, 4, 21), 7);  // even with an interval, a set dates nothing
    r.grain = granularity::week;
    return r;
}

resolution duration(std::string value, std::optional<local_interval> when = std::nullopt) {
    resolution r;
    r.type = timex_type::duration;
    r.value = std::move(value);
    r.when = when;
    r.grain = when ? granularity::day : granularity::none;
    return r;
}

resolution missing_anchor() {
    resolution r;
    r.anchor = anchor_kind::missing;
    return r;
}

TEST(extract_events, one_event_per_dated_sentence_anchored_by_its_finest_timex) {
    const fixture f("On Wednesday Kyiv was hit last night. Nothing here.",
                    true,
                    {{"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)},
                     {"last night", test::dated("2025-04-23TNI", night, granularity::part_of_day, timex_type::time)}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    const event& e = events[0];
    EXPECT_EQ(e.document, 3U);
    EXPECT_EQ(e.sentence_index, 0U);
    EXPECT_EQ(e.timexes.size(), 2U);
    EXPECT_EQ(e.anchor, 1U);
    EXPECT_EQ(e.when, night);
    EXPECT_EQ(e.grain, granularity::part_of_day);
    EXPECT_EQ(e.value, "2025-04-23TNI");
    EXPECT_EQ(e.text, "On Wednesday Kyiv was hit last night.");
    EXPECT_EQ(e.span.begin, 0U);
    EXPECT_EQ(e.span.end, 37U);
}

TEST(extract_events, a_tie_in_granularity_goes_to_the_first_in_text) {
    const fixture f("On Wednesday, a day after Tuesday, they met.", true,
                    {{"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)},
                     {"a day", duration("P1D", test::days(test::day(2025, 4, 22)))},
                     {"Tuesday", test::dated("2025-04-22", test::days(test::day(2025, 4, 22)), granularity::day)}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].anchor, 0U);
    EXPECT_EQ(events[0].value, "2025-04-23");
}

TEST(extract_events, vague_references_sets_and_bare_durations_alone_make_no_event) {
    const fixture f("The ball is in Russia's court now. 5000 soldiers a week are dying. Over three years of war.", true,
                    {{"now", vague("PRESENT_REF")}, {"a week", set_every_week()}, {"three years", duration("P3Y")}});
    EXPECT_TRUE(f.events().empty());
}

TEST(extract_events, a_duration_with_an_implied_interval_dates_an_event) {
    const fixture f("A day after, the talks ended.", true,
                    {{"A day after", duration("P1D", test::days(test::day(2025, 4, 24)))}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].when, test::days(test::day(2025, 4, 24)));
}

TEST(extract_events, a_vague_reference_next_to_a_date_does_not_anchor) {
    const fixture f("Now, on Wednesday, Trump spoke.", true,
                    {{"Now", vague("PRESENT_REF")}, {"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].anchor, 1U);
}

TEST(extract_events, unresolved_relative_dates_of_an_undated_document_make_undated_events) {
    const fixture f("Trump reprimanded him on Wednesday. The ball is in Russia's court now.", false,
                    {{"Wednesday", missing_anchor()}, {"now", vague("PRESENT_REF")}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_FALSE(events[0].when.has_value());
    EXPECT_EQ(events[0].grain, granularity::none);
    EXPECT_EQ(events[0].value, "");
    EXPECT_EQ(events[0].anchor, 0U);
    EXPECT_EQ(events[0].text, "Trump reprimanded him on Wednesday.");
}

TEST(extract_events, absolute_dates_still_date_events_in_an_undated_document) {
    const fixture f("The war began in 2022, and on Wednesday Trump spoke.", false,
                    {{"2022", test::dated("2022", year_2022, granularity::year)}, {"Wednesday", missing_anchor()}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].value, "2022");
    EXPECT_EQ(events[0].when, year_2022);
}

TEST(extract_events, an_unresolved_expression_in_a_dated_document_makes_no_event) {
    const fixture f("Trump spoke on Wednesday.", true, {{"Wednesday", resolution{}}});
    EXPECT_TRUE(f.events().empty());
}

TEST(extract_events, timexes_outside_every_sentence_are_left_out) {
    const fixture f("Kyiv was hit.\nMost Read from Bloomberg on Wednesday\nRescuers came.", true,
                    {{"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)}});
    EXPECT_EQ(f.tagged.sentences.size(), 2U);
    EXPECT_TRUE(f.events().empty());
}

TEST(extract_events, a_sentence_made_only_of_dates_reports_nothing) {
    const fixture f("Thursday, April 24, 2025\nKyiv was hit on Wednesday.", true,
                    {{"Thursday, April 24, 2025", test::dated("2025-04-24", test::days(test::day(2025, 4, 24)), granularity::day)},
                     {"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].sentence_index, 1U);
}

TEST(extract_events, the_text_is_folded_and_has_no_bullet_marker) {
    const fixture f("- Trump wrote\xC2\xA0on   Truth Social\n  on Wednesday.", true,
                    {{"Wednesday", test::dated("2025-04-23", wednesday, granularity::day)}});
    const auto events = f.events();
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].text, "Trump wrote on Truth Social on Wednesday.");
}

TEST(dates_an_event, needs_a_resolved_interval_with_a_granularity) {
    EXPECT_TRUE(dates_an_event(test::dated("2025-04-23", wednesday, granularity::day)));
    EXPECT_FALSE(dates_an_event(resolution{}));
    EXPECT_FALSE(dates_an_event(vague("PAST_REF")));
    EXPECT_FALSE(dates_an_event(set_every_week()));
    EXPECT_FALSE(dates_an_event(duration("P3Y")));
    auto ref_with_interval = test::dated("FUTURE_REF", wednesday, granularity::day);
    EXPECT_FALSE(dates_an_event(ref_with_interval));
}

}  // namespace
}  // namespace dateline
