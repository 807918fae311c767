// Merging with hand-made events over sentences of the seed articles and their gold dates.
#include <algorithm>

#include <gtest/gtest.h>

#include "dateline/timeline/merge.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using strings = std::vector<std::string>;
using test::make_event;

const local_interval wednesday = test::days(test::day(2025, 4, 23));
const local_interval night = test::night_of(test::day(2025, 4, 23));
const local_interval year_2025 = {test::day(2025, 1, 1), test::day(2026, 1, 1)};

// Documents: 0 = 000, 1 = 001, 3 = 003 (as in the seed order).
event rebuke_000() {
    return make_event(0, 26,
                      "In light of Zelenskyy's statement that Ukraine would not recognize Russia's occupation of "
                      "Crimea, Trump reprimanded the Ukrainian leader on Wednesday.",
                      "2025-04-23", wednesday, granularity::day);
}
event london_talks_000() {
    return make_event(0, 27,
                      "Rubio decided at the last minute to skip talks between U.S., Ukrainian, and European officials in "
                      "London on Wednesday due to American outrage over Zelenskyy's stance on Crimea.",
                      "2025-04-23", wednesday, granularity::day);
}
event deal_003() {
    return make_event(3, 47, "Trump had said a deal with Russia to end the war was within reach on Wednesday.",
                      "2025-04-23", wednesday, granularity::day);
}
event rebuke_003() {
    return make_event(3, 60,
                      "Ukrainian President Zelenskyy's refusal to cede the Crimean peninsula, annexed by Russia, is \"very "
                      "damaging to peace negotiations\" with Moscow, Trump wrote on Truth Social on Wednesday.",
                      "2025-04-23", wednesday, granularity::day);
}

std::vector<event> night_strike_reports() {
    const auto at_night = [](std::size_t doc, std::size_t sentence, std::string text) {
        return make_event(doc, sentence, std::move(text), "2025-04-23TNI", night, granularity::part_of_day);
    };
    return {
        at_night(0, 2, "The Ukrainian capital was hit hard last night, with 12 civilians losing their lives in a brutal attack."),
        at_night(0, 32, "The Russian Defense Ministry claimed responsibility for a massive overnight assault on Ukraine's "
                        "military-industrial complex, using various land, air, and sea-based long-range high-precision "
                        "weapons, and drones."),
        at_night(0, 47, "The Russian Defense Ministry claimed responsibility for the overnight assault on Ukraine's "
                        "military-industrial complex, using various weapons, and drones, including a North Korean KN-23 "
                        "(KN-23A) ballistic missile, according to a Ukrainian military source."),
        at_night(3, 4, "Russia launched heavy airstrikes against Ukraine last night."),
        at_night(3, 30, "Russia attacked Ukraine again overnight."),
        at_night(3, 31, "In the largest Russian missile and drone attack on Kyiv since the beginning of the year, at least "
                        "eight people were killed and more than 70 injured on Thursday night."),
    };
}

// Each group as "doc#sentence doc#sentence ...".
strings shape(const std::vector<event_group>& groups) {
    strings out;
    for (const auto& g : groups) {
        std::string s;
        for (const auto& e : g.reports) s += (s.empty() ? "" : " ") + std::to_string(e.document) + "#" + std::to_string(e.sentence_index);
        out.push_back(s);
    }
    return out;
}

TEST(merge_events, the_wednesday_rebuke_in_000_and_003_is_one_happening) {
    const auto groups = merge_events({rebuke_003(), london_talks_000(), deal_003(), rebuke_000()});
    EXPECT_EQ(shape(groups), (strings{"0#26 3#60", "0#27", "3#47"}));
    EXPECT_EQ(groups[0].value, "2025-04-23");
    EXPECT_EQ(groups[0].when, wednesday);
    EXPECT_EQ(groups[0].grain, granularity::day);
}

TEST(merge_events, every_report_of_the_night_strike_in_000_and_003_is_one_happening) {
    const auto groups = merge_events(night_strike_reports());
    EXPECT_EQ(shape(groups), (strings{"0#2 0#32 0#47 3#4 3#30 3#31"}));
    EXPECT_EQ(groups[0].value, "2025-04-23TNI");
}

TEST(merge_events, two_attacks_that_were_each_among_the_largest_this_year_stay_apart) {
    const auto groups = merge_events({
        make_event(0, 4, "This was the biggest assault on the city this year, and it happened just as U.S. President "
                         "Donald Trump was pushing for peace.", "2025", year_2025, granularity::year),
        make_event(1, 9, "The assault was the second-largest this year, according to Bloomberg calculations based on "
                         "Ukrainian Air Force data.", "2025", year_2025, granularity::year),
    });
    EXPECT_EQ(shape(groups), (strings{"0#4", "1#9"}));
}

TEST(merge_events, the_same_words_on_different_dates_or_granularities_stay_apart) {
    const std::string text = "Russia attacked Ukraine again overnight.";
    const auto groups = merge_events({
        make_event(0, 1, text, "2025-04-23TNI", night, granularity::part_of_day),
        make_event(1, 1, text, "2025-04-24TNI", test::night_of(test::day(2025, 4, 24)), granularity::part_of_day),
        make_event(2, 1, text, "2025-04-23", night, granularity::day),
    });
    EXPECT_EQ(shape(groups), (strings{"0#1", "1#1", "2#1"}));
}

TEST(merge_events, never_merges_two_events_of_the_same_sentence) {
    const event e = rebuke_000();
    EXPECT_EQ(shape(merge_events({e, e})), (strings{"0#26", "0#26"}));
    EXPECT_FALSE(reports_same_happening(e, e));
}

TEST(merge_events, reports_of_one_document_merge_too) {
    const auto groups = merge_events({
        make_event(0, 15, "Ukrainian officials noted that the attack occurred at a critical moment in Russia's war "
                          "against Ukraine, which began in 2022.", "2022", {test::day(2022, 1, 1), test::day(2023, 1, 1)},
                   granularity::year),
        make_event(0, 44, "Ukrainian officials stated that the attack on Kyiv occurred at a critical moment in Russia's "
                          "war against Ukraine, which began in 2022.", "2022", {test::day(2022, 1, 1), test::day(2023, 1, 1)},
                   granularity::year),
    });
    EXPECT_EQ(shape(groups), (strings{"0#15 0#44"}));
}

TEST(merge_events, leaves_out_undated_events) {
    event undated = rebuke_000();
    undated.when.reset();
    undated.grain = granularity::none;
    EXPECT_TRUE(merge_events({undated}).empty());
}

TEST(merge_events, gives_the_same_groups_whatever_the_input_order) {
    std::vector<event> events = night_strike_reports();
    for (auto e : {rebuke_000(), rebuke_003(), deal_003(), london_talks_000()}) events.push_back(e);
    const strings expected = shape(merge_events(events));
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int round = 0; round < 20; ++round) {
        std::next_permutation(order.begin(), order.end());
        std::rotate(order.begin(), order.begin() + round % static_cast<int>(order.size()), order.end());
        std::vector<event> shuffled;
        for (auto i : order) shuffled.push_back(events[i]);
        EXPECT_EQ(shape(merge_events(shuffled)), expected);
    }
}

TEST(merge_events, a_group_takes_the_value_of_its_first_report_dated_by_a_date_or_time) {
    event by_duration = make_event(0, 1, "A day after Trump spoke, they met.", "P1D", wednesday, granularity::day);
    by_duration.timexes[0].r.type = timex_type::duration;
    event by_date = make_event(1, 1, "Trump spoke and they met on Wednesday.", "2025-04-23", wednesday, granularity::day);
    const auto groups = merge_events({by_duration, by_date});
    ASSERT_EQ(groups.size(), 1U);
    EXPECT_EQ(groups[0].value, "2025-04-23");
}

TEST(content_words, are_lowercased_stemmed_sorted_and_free_of_stop_words) {
    EXPECT_EQ(content_words("Russia's attacks on Kyiv were not the first; Russian drones attacked."),
              (strings{"attac", "drone", "first", "kyiv", "russi"}));
}

TEST(content_words, handle_curly_apostrophes_dashes_and_utf8_letters) {
    EXPECT_EQ(content_words("Putin\xE2\x80\x99s second-largest \xE2\x80\x9C" "attack\xE2\x80\x9D with St\xC3\xB8re"),
              (strings{"attac", "large", "putin", "secon", "st\xC3\xB8re"}));
}

TEST(content_words, never_cut_inside_a_utf8_sequence) {
    EXPECT_EQ(content_words("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9"),  // Київський
              (strings{"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81"}));
}

TEST(dice, is_twice_the_shared_words_over_all_words) {
    EXPECT_DOUBLE_EQ(dice({"a", "b"}, {"b", "c"}), 0.5);
    EXPECT_DOUBLE_EQ(dice({"a", "b"}, {"a", "b"}), 1.0);
    EXPECT_DOUBLE_EQ(dice({"a"}, {"b", "c", "d"}), 0.0);
    EXPECT_DOUBLE_EQ(dice({}, {}), 0.0);
}

TEST(merge_threshold, rises_with_the_granularity) {
    EXPECT_DOUBLE_EQ(merge_threshold(granularity::hour), 0.15);
    EXPECT_DOUBLE_EQ(merge_threshold(granularity::part_of_day), 0.15);
    EXPECT_DOUBLE_EQ(merge_threshold(granularity::day), 0.35);
    EXPECT_DOUBLE_EQ(merge_threshold(granularity::weekend), 0.45);
    EXPECT_DOUBLE_EQ(merge_threshold(granularity::year), 0.45);
}

}  // namespace
}  // namespace dateline
