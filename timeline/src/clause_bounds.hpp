// The clause of an expression within its sentence: bounded by ; and : (not between digits,
// "10:35") and by quotation marks, the wire services' ``...'' included.
#pragma once

#include <cstddef>
#include <string_view>

namespace dateline::clause_detail {

// Bytes s[begin, end) of a text.
struct clause_bounds {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Length of the clause boundary that starts at s[i], else 0. A `` or '' is a boundary where it
// is read as a pair: from the start of a run of such quotes, two at a time.
std::size_t boundary_length(std::string_view s, std::size_t i);

// The clause around the expression at s[begin, end): from after the last boundary that starts
// before `begin`, as a scan of s from its start pairs the quotes, to the first boundary at or
// after `end`.
clause_bounds clause_around(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace dateline::clause_detail
