#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <tuple>

#include "dateline/timeline/merge.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

event_group group(std::string value, local_interval when, granularity grain, std::size_t document, std::size_t sentence) {
    event_group g;
    g.when = when;
    g.grain = grain;
    g.value = value;
    g.reports.push_back(test::make_event(document, sentence, "text", std::move(value), when, grain));
    return g;
}

std::vector<std::string> values(const std::vector<event_group>& groups) {
    std::vector<std::string> out;
    for (const auto& g : groups) out.push_back(g.value + "@" + std::to_string(g.reports.front().document));
    return out;
}

TEST(order_groups, orders_by_start_then_finer_granularity_then_source_order) {
    const auto monday = test::day(2025, 4, 21);
    std::vector<event_group> groups{
        group("2025-04-23", test::days(test::day(2025, 4, 23)), granularity::day, 0, 5),
        group("2025-W17", test::days(monday, 7), granularity::week, 0, 1),
        group("2025-04-21", test::days(monday), granularity::day, 2, 0),
        group("2025-04", {test::day(2025, 4, 1), test::day(2025, 5, 1)}, granularity::month, 1, 0),
        group("2025-04-21", test::days(monday), granularity::day, 1, 3),
        group("2025-04-20TNI", test::night_of(test::day(2025, 4, 20)), granularity::part_of_day, 3, 0),
        group("2022", {test::day(2022, 1, 1), test::day(2023, 1, 1)}, granularity::year, 4, 0),
    };
    order_groups(groups);
    EXPECT_EQ(values(groups), (std::vector<std::string>{"2022@4", "2025-04@1", "2025-04-20TNI@3", "2025-04-21@1",
                                                        "2025-04-21@2", "2025-W17@0", "2025-04-23@0"}));
}

TEST(order_groups, a_day_goes_before_the_week_that_starts_with_it) {
    const auto monday = test::day(2025, 4, 21);
    std::vector<event_group> groups{
        group("2025-W17", test::days(monday, 7), granularity::week, 0, 0),
        group("2025-04-21", test::days(monday), granularity::day, 1, 0),
    };
    order_groups(groups);
    EXPECT_EQ(values(groups), (std::vector<std::string>{"2025-04-21@1", "2025-W17@0"}));
}

TEST(order_groups, breaks_ties_by_sentence_within_a_document) {
    const auto d = test::days(test::day(2025, 4, 23));
    std::vector<event_group> groups{group("b", d, granularity::day, 0, 9), group("a", d, granularity::day, 0, 2)};
    order_groups(groups);
    EXPECT_EQ(values(groups), (std::vector<std::string>{"a@0", "b@0"}));
}

TEST(order_groups, keeps_a_group_without_reports_after_its_peers) {
    const auto d = test::days(test::day(2025, 4, 23));
    event_group empty;
    empty.when = d;
    empty.grain = granularity::day;
    empty.value = "empty";
    std::vector<event_group> groups{empty, group("a", d, granularity::day, 7, 0)};
    order_groups(groups);
    EXPECT_EQ(groups[0].value, "a");
    EXPECT_EQ(groups[1].value, "empty");
}

// Many groups, equal keys among them, in random order: the order is that of a stable sort by
// (start, granularity, document, sentence), however long the cycles of the permutation are.
TEST(order_groups, equals_a_stable_sort_of_the_keys) {
    std::mt19937 random(17);
    std::vector<event_group> groups;
    for (int i = 0; i < 500; ++i) {
        const auto start = test::day(2025, 4, 1 + static_cast<unsigned>(random() % 5));
        const bool week = random() % 2 == 0;
        event_group g = group("", week ? test::days(start, 7) : test::days(start), week ? granularity::week : granularity::day,
                              random() % 3, random() % 3);
        g.value = std::to_string(i);
        groups.push_back(std::move(g));
    }
    std::vector<event_group> expected = groups;
    std::stable_sort(expected.begin(), expected.end(), [](const event_group& a, const event_group& b) {
        const auto key = [](const event_group& g) {
            return std::tuple(g.when.begin, g.grain, g.reports.front().document, g.reports.front().sentence_index);
        };
        return key(a) < key(b);
    });
    order_groups(groups);
    ASSERT_EQ(groups.size(), expected.size());
    for (std::size_t i = 0; i < groups.size(); ++i) EXPECT_EQ(groups[i].value, expected[i].value) << i;
}

}  // namespace
}  // namespace dateline
