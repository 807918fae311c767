#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "dateline/timeline/parallel.hpp"

namespace dateline {
namespace {

TEST(for_each_index, calls_every_index_exactly_once_for_any_thread_count) {
    for (const unsigned threads : {0u, 1u, 2u, 3u, 8u, 200u}) {
        for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{1000}}) {
            std::vector<std::atomic<int>> calls(count);
            for_each_index(count, threads, [&](std::size_t i) { ++calls[i]; });
            for (std::size_t i = 0; i < count; ++i)
                EXPECT_EQ(calls[i].load(), 1) << "threads " << threads << ", count " << count << ", index " << i;
        }
    }
}

TEST(for_each_index, the_first_exception_reaches_the_caller_after_all_threads_stop) {
    std::atomic<int> calls{0};
    std::atomic<bool> thrown{false};
    // Items after the failing one wait for its throw and then take long enough for the pool to
    // see the failure: otherwise the other threads could run through all 100 trivial items while
    // one exception is being thrown, on a busy machine.
    const auto fail_at_three = [&](std::size_t i) {
        ++calls;
        if (i == 3) {
            thrown = true;
            throw std::runtime_error("index 3");
        }
        if (i > 3) {
            while (!thrown) std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    };
    for (const unsigned threads : {1u, 4u}) {
        calls = 0;
        thrown = false;
        try {
            for_each_index(100, threads, fail_at_three);
            ADD_FAILURE() << "no exception with " << threads << " threads";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()), "index 3");
        }
        EXPECT_GE(calls.load(), 4);
        EXPECT_LT(calls.load(), 100);  // nothing is started once one item failed (minus those in flight)
    }
}

TEST(parallel_map, results_are_in_item_order_whatever_the_thread_count) {
    std::vector<int> items(500);
    for (std::size_t i = 0; i < items.size(); ++i) items[i] = static_cast<int>(i);
    const auto square = [](int x) { return std::to_string(x * x); };
    const std::vector<std::string> one = parallel_map(items, 1, square);
    ASSERT_EQ(one.size(), 500u);
    EXPECT_EQ(one[0], "0");
    EXPECT_EQ(one[499], "249001");
    EXPECT_EQ(parallel_map(items, 2, square), one);
    EXPECT_EQ(parallel_map(items, 7, square), one);
}

TEST(default_thread_count, is_at_least_one) { EXPECT_GE(default_thread_count(), 1u); }

}  // namespace
}  // namespace dateline
