// Pairs system timexes with gold ones in one document, as TempEval-3 does: a pair needs
// overlapping extents (relaxed match); a strict match is a pair whose extents are identical.
// One to one, greedy: candidate pairs are taken by overlap, largest first, identical extents
// first among equal overlaps, then by gold and system order. So an identical extent is never
// lost to another pair, and the strict count is the largest one-to-one set of identical extents.
#pragma once

#include <cstddef>
#include <vector>

#include "dateline/eval/annotation.hpp"

namespace dateline {

struct aligned_pair {
    std::size_t gold = 0;    // index into the gold timexes
    std::size_t system = 0;  // index into the system timexes

    friend bool operator==(const aligned_pair&, const aligned_pair&) = default;
};

struct alignment {
    std::vector<aligned_pair> pairs;         // sorted by gold index
    std::vector<std::size_t> missed;         // gold timexes left without a partner, ascending
    std::vector<std::size_t> false_alarms;   // system timexes left without a partner, ascending
};

alignment align_timexes(const std::vector<timex_annotation>& gold, const std::vector<timex_annotation>& system);

bool same_extent(const timex_annotation& a, const timex_annotation& b);

}  // namespace dateline
