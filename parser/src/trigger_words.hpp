// The cheap test run at every word start before the grammar is tried: a digit, an apostrophe
// before digits ("'90s"), or one of the words that can begin a temporal expression.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dateline {

namespace detail {
// Most words of a text are no trigger word: they are turned away by their first two letters and
// their length (a bit per length up to 31), inline at the scan, before the set is hashed and probed.
constexpr std::size_t letter_slot(char c) { return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a' + 1) : 0; }
constexpr std::size_t shape_slot(std::string_view w) {
    return letter_slot(w[0]) * 27 + (w.size() > 1 ? letter_slot(w[1]) : 0);
}
constexpr std::uint32_t length_bit(std::size_t n) { return std::uint32_t{1} << (n < 31 ? n : 31); }
extern const std::array<std::uint32_t, 27 * 27> trigger_shapes;

bool in_trigger_set(std::string_view word);
}  // namespace detail

// `word` is the run of ASCII letters at a word start of the folded (lowercase) text.
inline bool is_trigger_word(std::string_view word) {
    if (word.empty() || (detail::trigger_shapes[detail::shape_slot(word)] & detail::length_bit(word.size())) == 0)
        return false;
    return detail::in_trigger_set(word);
}

}  // namespace dateline
