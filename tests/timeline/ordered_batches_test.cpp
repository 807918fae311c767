#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "dateline/timeline/ordered_batches.hpp"

namespace dateline {
namespace {

// Batch b has b % 4 items (so some are empty); item i of batch b becomes "b.i;".
struct numbered_batch {
    std::size_t number = 0;
    std::vector<std::string> results;
};

std::string expected_output(std::size_t batches) {
    std::string out;
    for (std::size_t b = 0; b < batches; ++b)
        for (std::size_t i = 0; i < b % 4; ++i) out += std::to_string(b) + "." + std::to_string(i) + ";";
    return out;
}

TEST(run_batches, takes_every_batch_in_read_order_with_every_item_worked_once) {
    constexpr std::size_t batch_count = 200;
    for (const unsigned threads : {0u, 1u, 2u, 3u, 8u}) {
        for (const std::size_t slots : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
            std::size_t next = 0;
            std::atomic<int> worked{0};
            std::string out;
            run_batches_of<numbered_batch>(
                threads, slots,
                [&](numbered_batch& b) -> std::optional<std::size_t> {
                    if (next == batch_count) return std::nullopt;
                    b.number = next++;
                    b.results.assign(b.number % 4, "");
                    return b.results.size();
                },
                [&](numbered_batch& b, std::size_t i) {
                    ++worked;
                    b.results[i] += std::to_string(b.number) + "." + std::to_string(i) + ";";
                },
                [&](numbered_batch& b) {
                    for (const std::string& r : b.results) out += r;
                    return true;
                });
            EXPECT_EQ(out, expected_output(batch_count)) << "threads " << threads << ", slots " << slots;
            EXPECT_EQ(worked.load(), 300) << "threads " << threads << ", slots " << slots;  // 50 * (0 + 1 + 2 + 3)
        }
    }
}

TEST(run_batches, holds_at_most_the_given_number_of_batches) {
    for (const unsigned threads : {1u, 4u}) {
        for (const std::size_t slots : {std::size_t{1}, std::size_t{3}}) {
            std::size_t next = 0;
            std::atomic<std::size_t> held{0};
            std::atomic<std::size_t> most{0};
            std::vector<std::size_t> taken;
            run_batches_of<numbered_batch>(
                threads, slots,
                [&](numbered_batch& b) -> std::optional<std::size_t> {
                    if (next == 100) return std::nullopt;
                    b.number = next++;
                    const std::size_t now = ++held;
                    most = std::max(most.load(), now);
                    return 5;
                },
                [](numbered_batch&, std::size_t) {},
                [&](numbered_batch& b) {
                    taken.push_back(b.number);
                    --held;
                    return true;
                });
            // One thread reads ahead until the slots are full before working; more may take sooner.
            if (threads == 1) {
                EXPECT_EQ(most.load(), slots);
            }
            EXPECT_LE(most.load(), slots);
            ASSERT_EQ(taken.size(), 100u);
            for (std::size_t b = 0; b < taken.size(); ++b) EXPECT_EQ(taken[b], b);
        }
    }
}

TEST(run_batches, a_later_batch_is_worked_while_an_earlier_one_is_still_being_worked) {
    std::size_t next = 0;
    std::atomic<bool> later_worked{false};
    std::atomic<bool> waited_too_long{false};
    run_batches_of<numbered_batch>(
        2, 4,
        [&](numbered_batch& b) -> std::optional<std::size_t> {
            if (next == 3) return std::nullopt;
            b.number = next++;
            return 1;
        },
        [&](numbered_batch& b, std::size_t) {
            if (b.number > 0) {
                later_worked = true;
                return;
            }
            // Batch 0's only item finishes after a later batch's item: with a barrier between
            // batches this would never happen (the guard only keeps such a failure from hanging).
            const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
            while (!later_worked && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
            waited_too_long = !later_worked;
        },
        [](numbered_batch&) { return true; });
    EXPECT_FALSE(waited_too_long.load());
}

TEST(run_batches, a_take_that_returns_false_stops_reading_and_taking) {
    for (const unsigned threads : {1u, 2u, 5u}) {
        std::size_t next = 0;
        std::vector<std::size_t> taken;
        run_batches_of<numbered_batch>(
            threads, 3,
            [&](numbered_batch& b) -> std::optional<std::size_t> {
                b.number = next++;
                return 2;
            },
            [](numbered_batch&, std::size_t) {},
            [&](numbered_batch& b) {
                taken.push_back(b.number);
                return b.number < 4;
            });
        EXPECT_EQ(taken, (std::vector<std::size_t>{0, 1, 2, 3, 4})) << "threads " << threads;
        EXPECT_LE(next, 7u) << "threads " << threads;  // read ahead of batch 4 by at most the two other slots
    }
}

TEST(run_batches, the_first_exception_of_any_stage_reaches_the_caller) {
    for (const unsigned threads : {1u, 3u}) {
        for (const std::string stage : {"read", "work", "take"}) {
            std::size_t next = 0;
            std::mutex lock;
            std::vector<std::size_t> taken;
            try {
                run_batches_of<numbered_batch>(
                    threads, 2,
                    [&](numbered_batch& b) -> std::optional<std::size_t> {
                        if (stage == "read" && next == 5) throw std::runtime_error("read 5");
                        b.number = next++;
                        return 3;
                    },
                    [&](numbered_batch& b, std::size_t i) {
                        if (stage == "work" && b.number == 5 && i == 1) throw std::runtime_error("work 5");
                    },
                    [&](numbered_batch& b) {
                        if (stage == "take" && b.number == 5) throw std::runtime_error("take 5");
                        const std::lock_guard guard(lock);
                        taken.push_back(b.number);
                        return true;
                    });
                ADD_FAILURE() << stage << ": no exception with " << threads << " threads";
            } catch (const std::runtime_error& e) {
                EXPECT_EQ(std::string(e.what()), stage + " 5");
            }
            // Batch 5 is read once batch 3 is taken; batch 4 may be taken before batch 5 fails.
            const std::vector<std::size_t> four{0, 1, 2, 3};
            const std::vector<std::size_t> five{0, 1, 2, 3, 4};
            if (stage == "take" || threads == 1) {
                EXPECT_EQ(taken, stage == "take" ? five : stage == "read" ? four : five) << stage << ", threads " << threads;
            } else {
                EXPECT_TRUE(taken == four || taken == five) << stage << ", threads " << threads;
            }
        }
    }
}

}  // namespace
}  // namespace dateline
