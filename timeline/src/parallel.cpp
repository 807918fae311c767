// A fixed pool of std::jthread per call, taking the next index from an atomic counter: items of
// very different sizes (a 200-byte brief beside a 2 MB report) still keep every thread busy.
#include "dateline/timeline/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>

namespace dateline {

unsigned default_thread_count() { return std::max(1u, std::thread::hardware_concurrency()); }

void for_each_index(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
    const std::size_t helpers = std::min<std::size_t>(std::max(threads, 1u), count) - (count > 0 ? 1 : 0);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first_error;
    std::mutex error_lock;

    const auto run = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(error_lock);
                if (!first_error) first_error = std::current_exception();
                failed = true;
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(helpers);
        for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(run);
        run();
    }  // joined here
    if (first_error) std::rethrow_exception(first_error);
}

}  // namespace dateline
