// Content words (merge.hpp) as sorted numbers, so that comparing the wording of many pairs of
// reports is cheap. A stem of up to seven bytes (nearly all: five letters) is its own number, its
// bytes and length packed; longer ones (non-ASCII letters) are numbered in text order. The words
// of each text are found on up to `threads` threads; the numbers, and so every comparison, are
// the same for any count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace dateline::detail {

// The stems content_words() keeps, in text order, repeats included (defined in merge_events.cpp).
void for_each_content_stem(std::string_view text, const std::function<void(std::string_view)>& f);

using word_list = std::vector<std::uint64_t>;  // sorted, unique

std::vector<word_list> content_word_ids(const std::vector<std::string_view>& texts, unsigned threads);

// Dice of two sorted, unique lists: 2|A n B| / (|A| + |B|); 0 when both are empty.
template <class Word>
double sorted_dice(const std::vector<Word>& a, const std::vector<Word>& b) {
    if (a.empty() && b.empty()) return 0.0;
    std::size_t shared = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++shared;
            ++x;
            ++y;
        }
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

// dice() over numbered words.
inline double dice_ids(const word_list& a, const word_list& b) { return sorted_dice(a, b); }

// Whether two lists of these sizes may reach a Dice of `threshold`: the overlap is at most the
// shorter list, so 2 * shorter / (|A| + |B|) bounds it (computed as dice_ids computes it).
bool may_reach(std::size_t a, std::size_t b, double threshold);

}  // namespace dateline::detail
