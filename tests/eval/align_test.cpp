#include "dateline/eval/align.hpp"

#include <gtest/gtest.h>

namespace dateline {
namespace {

timex_annotation span(std::size_t start, std::size_t end) { return {start, end, "", "", "DATE", "", ""}; }

struct align_case {
    const char* name;
    std::vector<timex_annotation> gold;
    std::vector<timex_annotation> system;
    std::vector<aligned_pair> pairs;
    std::vector<std::size_t> missed;
    std::vector<std::size_t> false_alarms;
};

TEST(align_timexes, pairs_one_to_one_by_largest_overlap) {
    const align_case cases[] = {
        {"identical extents pair", {span(0, 6), span(10, 14)}, {span(10, 14), span(0, 6)}, {{0, 1}, {1, 0}}, {}, {}},
        {"touching spans do not overlap", {span(0, 5)}, {span(5, 10)}, {}, {0}, {0}},
        {"largest overlap wins", {span(0, 4), span(6, 20)}, {span(2, 12)}, {{1, 0}}, {0}, {}},
        {"equal overlaps go to the earlier gold", {span(0, 10), span(10, 20)}, {span(5, 15)}, {{0, 0}}, {1}, {}},
        {"identical extent wins an equal overlap", {span(0, 5)}, {span(0, 20), span(0, 5)}, {{0, 1}}, {}, {0}},
        {"two system spans in one gold: one pairs", {span(0, 20)}, {span(0, 5), span(10, 18)}, {{0, 1}}, {}, {0}},
        {"one system span over two golds: one pairs", {span(0, 5), span(6, 9)}, {span(0, 9)}, {{0, 0}}, {1}, {}},
        {"a taken gold leaves the next best", {span(0, 10), span(12, 14)}, {span(0, 10), span(8, 14)}, {{0, 0}, {1, 1}}, {}, {}},
        {"nothing found", {span(0, 5)}, {}, {}, {0}, {}},
        {"nothing to find", {}, {span(0, 5)}, {}, {}, {0}},
    };
    for (const align_case& c : cases) {
        SCOPED_TRACE(c.name);
        const alignment a = align_timexes(c.gold, c.system);
        EXPECT_EQ(a.pairs, c.pairs);
        EXPECT_EQ(a.missed, c.missed);
        EXPECT_EQ(a.false_alarms, c.false_alarms);
    }
}

}  // namespace
}  // namespace dateline
