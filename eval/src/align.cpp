#include "dateline/eval/align.hpp"

#include <algorithm>
#include <tuple>

namespace dateline {

namespace {

std::size_t overlap(const timex_annotation& a, const timex_annotation& b) {
    const std::size_t begin = std::max(a.start, b.start);
    const std::size_t end = std::min(a.end, b.end);
    return end > begin ? end - begin : 0;
}

struct candidate {
    std::size_t overlap = 0;
    bool exact = false;
    aligned_pair pair;
};

}  // namespace

bool same_extent(const timex_annotation& a, const timex_annotation& b) {
    return a.start == b.start && a.end == b.end;
}

alignment align_timexes(const std::vector<timex_annotation>& gold, const std::vector<timex_annotation>& system) {
    // Documents hold tens of timexes: comparing every pair is cheap and plainly correct.
    std::vector<candidate> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g) {
        for (std::size_t s = 0; s < system.size(); ++s) {
            if (const std::size_t o = overlap(gold[g], system[s]); o > 0) {
                candidates.push_back({o, same_extent(gold[g], system[s]), {g, s}});
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const candidate& a, const candidate& b) {
        return std::tuple(b.overlap, b.exact, a.pair.gold, a.pair.system) <
               std::tuple(a.overlap, a.exact, b.pair.gold, b.pair.system);
    });

    std::vector<bool> gold_taken(gold.size(), false);
    std::vector<bool> system_taken(system.size(), false);
    alignment result;
    for (const candidate& c : candidates) {
        if (gold_taken[c.pair.gold] || system_taken[c.pair.system]) continue;
        gold_taken[c.pair.gold] = true;
        system_taken[c.pair.system] = true;
        result.pairs.push_back(c.pair);
    }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const aligned_pair& a, const aligned_pair& b) { return a.gold < b.gold; });
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (!gold_taken[g]) result.missed.push_back(g);
    }
    for (std::size_t s = 0; s < system.size(); ++s) {
        if (!system_taken[s]) result.false_alarms.push_back(s);
    }
    return result;
}

}  // namespace dateline
