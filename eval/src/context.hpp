// Text around a span, for error lists: a few characters either side, white space folded so
// that each piece fits on one line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::detail {

struct span_context {
    std::string before;  // up to `width` characters ending at the span's start
    std::string after;   // up to `width` characters starting at the span's end
};

// Characters are UTF-8 code points; runs of white space count as one and become one space.
span_context context_around(std::string_view text, std::size_t start, std::size_t end, std::size_t width);

// Runs of white space become one space.
std::string fold_white_space(std::string_view s);

}  // namespace dateline::detail
