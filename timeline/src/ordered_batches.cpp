// Every thread runs the same loop under one lock: take the oldest batch if it is finished, else
// read ahead if a slot is free, else work on the next item not yet handed out, else wait. Taking
// first frees memory soonest; reading before working keeps batches ready for every thread.
#include "dateline/timeline/ordered_batches.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace dateline {
namespace {

struct batch_progress {
    std::size_t items;
    std::size_t handed = 0;  // items given to a thread
    std::size_t done = 0;    // items worked
};

class batch_scheduler {
public:
    batch_scheduler(std::size_t slots, const batch_stages& stages) : slots_(std::max<std::size_t>(slots, 1)), stages_(stages) {}

    void run() {
        std::unique_lock lock(mutex_);
        while (!stopped_ && !(ended_ && !reading_ && batches_.empty())) {
            if (!taking_ && !batches_.empty() && batches_.front().done == batches_.front().items) {
                take(lock);
            } else if (!reading_ && !ended_ && batches_.size() < slots_) {
                read(lock);
            } else if (const auto k = next_unhanded(); k < batches_.size()) {
                work(lock, k);
            } else {
                changed_.wait(lock);
            }
        }
    }

    void rethrow() const {
        if (error_) std::rethrow_exception(error_);
    }

private:
    std::size_t next_unhanded() const {
        std::size_t k = 0;
        while (k < batches_.size() && batches_[k].handed == batches_[k].items) ++k;
        return k;
    }

    // Runs `stage` with the lock released; false when it threw (the run then stops).
    template <class Stage>
    bool unlocked(std::unique_lock<std::mutex>& lock, const Stage& stage) {
        lock.unlock();
        std::exception_ptr thrown;
        try {
            stage();
        } catch (...) {
            thrown = std::current_exception();
        }
        lock.lock();
        if (!thrown) return true;
        if (!error_) error_ = thrown;
        stopped_ = true;
        changed_.notify_all();
        return false;
    }

    void take(std::unique_lock<std::mutex>& lock) {
        taking_ = true;
        const std::size_t slot = taken_ % slots_;
        bool go = false;
        unlocked(lock, [&] { go = stages_.take(slot); });
        taking_ = false;
        batches_.pop_front();
        ++taken_;
        if (!go) stopped_ = true;
        changed_.notify_all();
    }

    void read(std::unique_lock<std::mutex>& lock) {
        reading_ = true;
        const std::size_t slot = (taken_ + batches_.size()) % slots_;
        std::optional<std::size_t> items;
        if (unlocked(lock, [&] { items = stages_.read(slot); })) {
            if (items) {
                batches_.push_back({*items});
            } else {
                ended_ = true;
            }
        }
        reading_ = false;
        changed_.notify_all();
    }

    void work(std::unique_lock<std::mutex>& lock, std::size_t k) {
        const std::size_t batch = taken_ + k;  // batches before it may be taken meanwhile, not this one
        const std::size_t item = batches_[k].handed++;
        unlocked(lock, [&] { stages_.work(batch % slots_, item); });
        batch_progress& progress = batches_[batch - taken_];
        if (++progress.done == progress.items) changed_.notify_all();
    }

    const std::size_t slots_;
    const batch_stages& stages_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<batch_progress> batches_;  // read and not yet taken, oldest first
    std::size_t taken_ = 0;                // batches taken so far
    bool reading_ = false;
    bool taking_ = false;
    bool ended_ = false;
    bool stopped_ = false;
    std::exception_ptr error_;
};

}  // namespace

void run_batches(unsigned threads, std::size_t slots, const batch_stages& stages) {
    batch_scheduler scheduler(slots, stages);
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back([&scheduler] { scheduler.run(); });
        scheduler.run();
    }  // joined here
    scheduler.rethrow();
}

}  // namespace dateline
