// Work over independent items on several threads, with results in item order: the output never
// depends on the number of threads or on which thread finished first.
#pragma once

#include <cstddef>
#include <functional>
#include <thread>
#include <type_traits>
#include <vector>

namespace dateline {

// What "-j" means when not given: every core the machine reports (at least one).
unsigned default_thread_count();

// Calls work(i) exactly once for each i in [0, count), on up to `threads` threads (the calling
// thread is one of them; 0 counts as 1). Indices are handed out in increasing order. The first
// exception thrown by `work` is rethrown here once every thread has stopped; no index is started
// after it.
void for_each_index(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

// Calls work(i) for each i in [0, count) as for_each_index does, but hands out blocks of
// `block` indexes: for cheap items (moving an event, numbering one sentence's words), where
// taking one index at a time from the shared counter would cost more than the work.
template <class Work>
void for_each_block(std::size_t count, unsigned threads, const Work& work, std::size_t block = 256) {
    for_each_index((count + block - 1) / block, threads, [&](std::size_t b) {
        const std::size_t end = count - b * block < block ? count : b * block + block;
        for (std::size_t i = b * block; i < end; ++i) work(i);
    });
}

// [map(items[0]), map(items[1]), ...] computed on up to `threads` threads.
template <class Item, class Map>
auto parallel_map(const std::vector<Item>& items, unsigned threads, const Map& map) {
    using result = std::decay_t<decltype(map(items.front()))>;
    std::vector<result> out(items.size());
    for_each_index(items.size(), threads, [&](std::size_t i) { out[i] = map(items[i]); });
    return out;
}

}  // namespace dateline
