#include "text_position.hpp"

#include <algorithm>

namespace dateline::detail {

namespace {
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }
}  // namespace

text_position position_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    text_position p;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            line_start = i + 1;
        }
    }
    const std::string_view line = text.substr(line_start, offset - line_start);
    p.column = 1 + static_cast<std::size_t>(std::count_if(line.begin(), line.end(), starts_code_point));
    return p;
}

}  // namespace dateline::detail
