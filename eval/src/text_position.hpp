// Line and column of a byte offset, for diagnostics. Both are 1-based; the column counts
// characters (UTF-8 code points), not bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace dateline::detail {

struct text_position {
    std::size_t line = 1;
    std::size_t column = 1;
};

text_position position_of(std::string_view text, std::size_t offset);

}  // namespace dateline::detail
