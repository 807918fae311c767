// Batches of independent items through several threads with no barrier between batches: one
// thread at a time reads the next batch, every thread works on the items of the batches read, and
// one thread at a time takes each batch once all its items are done, in the order they were read.
// Reading, working and taking overlap, so a read or a write does not leave the other threads idle
// and a long item does not hold the next batch back; what is taken never depends on the number of
// threads.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace dateline {

struct batch_stages {
    // Reads the next batch into `slot` and returns its number of items (0 is allowed), or nullopt
    // when there is none. One thread at a time, batches in order.
    std::function<std::optional<std::size_t>(std::size_t slot)> read;
    // Works on item `item` of the batch in `slot`: any thread, concurrently with other items.
    std::function<void(std::size_t slot, std::size_t item)> work;
    // Takes the batch in `slot` once all its items are worked: one thread at a time, in the order
    // the batches were read. false stops the run: nothing is read or taken after it.
    std::function<bool(std::size_t slot)> take;
};

// Runs the stages on up to `threads` threads (the calling thread is one of them; 0 counts as 1),
// with at most `slots` batches read and not yet taken (0 counts as 1): slot s % slots holds the
// s-th batch, reused only once that batch is taken. Each stage call is ordered before the next
// call for the same slot. The first exception thrown by a stage is rethrown here once every
// thread has stopped; nothing is read, worked or taken after it.
void run_batches(unsigned threads, std::size_t slots, const batch_stages& stages);

// run_batches over `slots` values of Batch that the stages get by reference.
template <class Batch, class Read, class Work, class Take>
void run_batches_of(unsigned threads, std::size_t slots, Read read, Work work, Take take) {
    std::vector<Batch> held(slots == 0 ? 1 : slots);
    run_batches(threads, held.size(),
                {[&](std::size_t s) -> std::optional<std::size_t> { return read(held[s]); },
                 [&](std::size_t s, std::size_t item) { work(held[s], item); },
                 [&](std::size_t s) -> bool { return take(held[s]); }});
}

}  // namespace dateline
