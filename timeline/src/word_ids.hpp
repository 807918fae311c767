// Content words (merge.hpp) as sorted numbers, so that comparing the wording of many pairs of
// reports is cheap. A stem of up to seven bytes (nearly all: five letters) is its own number, its
// bytes and length packed; a longer one (non-ASCII letters) is a 56-bit hash of its bytes under a
// top byte no packed stem has. The number of a stem depends on nothing else, so an event's
// numbers are computed once, where it is made (event::content_stems), and mean the same in every
// comparison; two different long stems share a number only if their 56-bit hashes collide (one
// chance in 7 * 10^16 for a given two; a collision could only nudge one pair's Dice up).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline::detail {

using word_list = std::vector<std::uint64_t>;  // sorted, unique

// The numbers of the content words of `text`.
word_list content_stem_ids(std::string_view text);

// An event made without its numbers (by hand, or read from a shard) that has words to number.
inline bool lacks_content_stems(const event& e) { return e.content_stems.empty() && !e.text.empty(); }

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
