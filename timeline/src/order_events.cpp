// order_groups: interval start, then granularity (a day before the week that starts with it),
// then source order.
#include <algorithm>
#include <tuple>

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
    std::stable_sort(groups.begin(), groups.end(),
                     [](const event_group& a, const event_group& b) { return key_of(a).tie() < key_of(b).tie(); });
}

}  // namespace dateline
