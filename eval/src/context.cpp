#include "context.hpp"

#include <algorithm>

namespace dateline::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Moves from `pos` by up to `width` characters (a white-space run is one), forward or backward.
std::size_t step(std::string_view text, std::size_t pos, std::size_t width, bool forward) {
    for (std::size_t n = 0; n < width; ++n) {
        if (forward ? pos >= text.size() : pos == 0) break;
        if (forward) {
            if (is_space(text[pos])) {
                while (pos < text.size() && is_space(text[pos])) ++pos;
            } else {
                ++pos;
                while (pos < text.size() && is_continuation(text[pos])) ++pos;
            }
        } else {
            if (is_space(text[pos - 1])) {
                while (pos > 0 && is_space(text[pos - 1])) --pos;
            } else {
                --pos;
                while (pos > 0 && is_continuation(text[pos])) --pos;
            }
        }
    }
    return pos;
}

}  // namespace

std::string fold_white_space(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool in_space = false;
    for (const char c : s) {
        if (is_space(c)) {
            if (!in_space) out += ' ';
            in_space = true;
        } else {
            out += c;
            in_space = false;
        }
    }
    return out;
}

span_context context_around(std::string_view text, std::size_t start, std::size_t end, std::size_t width) {
    start = std::min(start, text.size());
    end = std::clamp(end, start, text.size());
    const std::size_t from = step(text, start, width, false);
    const std::size_t to = step(text, end, width, true);
    return {fold_white_space(text.substr(from, start - from)), fold_white_space(text.substr(end, to - end))};
}

}  // namespace dateline::detail
