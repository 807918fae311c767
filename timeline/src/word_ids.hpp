// Content words (merge.hpp) as sorted numbers, so that comparing the wording of many pairs of
// reports is cheap. A stem of up to seven bytes (nearly all: five letters) is its own number, its
// bytes and length packed; longer ones (non-ASCII letters) are numbered in text order. The words
// of each text are found on up to `threads` threads; the numbers, and so every comparison, are
// the same for any count.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace dateline::detail {

// The stems content_words() keeps, in text order, repeats included (defined in merge_events.cpp).
void for_each_content_stem(std::string_view text, const std::function<void(std::string_view)>& f);

using word_list = std::vector<std::uint64_t>;  // sorted, unique

std::vector<word_list> content_word_ids(const std::vector<std::string_view>& texts, unsigned threads);

// dice() over numbered words: 2|A n B| / (|A| + |B|); 0 when both are empty.
double dice_ids(const word_list& a, const word_list& b);

// Whether two lists of these sizes may reach a Dice of `threshold`: the overlap is at most the
// shorter list, so 2 * shorter / (|A| + |B|) bounds it (computed as dice_ids computes it).
bool may_reach(std::size_t a, std::size_t b, double threshold);

}  // namespace dateline::detail
