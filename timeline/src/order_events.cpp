// order_groups: interval start, then granularity (a day before the week that starts with it),
// then source order.
#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

#include "dateline/timeline/merge.hpp"

namespace dateline {

namespace {

struct order_key {
    date::local_seconds begin;
    granularity grain;
    std::size_t document;
    std::size_t sentence;
    auto tie() const { return std::tie(begin, grain, document, sentence); }
};

order_key key_of(const event_group& g) {
    constexpr auto last = static_cast<std::size_t>(-1);  // a group without reports goes after its peers
    if (g.reports.empty()) return {g.when.begin, g.grain, last, last};
    return {g.when.begin, g.grain, g.reports.front().document, g.reports.front().sentence_index};
}

}  // namespace

void order_groups(std::vector<event_group>& groups) {
    // The keys sorted once, with the groups' places (which keep the sort stable), then each group
    // moved once to its place.
    std::vector<std::pair<order_key, std::size_t>> keyed;
    keyed.reserve(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) keyed.emplace_back(key_of(groups[i]), i);
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        if (a.first.tie() != b.first.tie()) return a.first.tie() < b.first.tie();
        return a.second < b.second;
    });
    // Position k takes the group at keyed[k].second: the cycles of that permutation followed in
    // place, each group moved once more than its cycle's first.
    std::vector<bool> placed(groups.size(), false);
    for (std::size_t start = 0; start < groups.size(); ++start) {
        if (placed[start] || keyed[start].second == start) continue;
        event_group held = std::move(groups[start]);
        std::size_t k = start;
        for (;;) {
            placed[k] = true;
            const std::size_t from = keyed[k].second;
            if (from == start) {
                groups[k] = std::move(held);
                break;
            }
            groups[k] = std::move(groups[from]);
            k = from;
        }
    }
}

}  // namespace dateline
