#include "text_scan.hpp"

#include <algorithm>

namespace dateline::detail {

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return to_lower_ascii(c); });
    return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return to_lower_ascii(x) == to_lower_ascii(y); });
}

bool istarts_with_ascii(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

bool iends_with_ascii(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals_ascii(s.substr(s.size() - suffix.size()), suffix);
}

std::size_t horizontal_space_length(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') return 1;
    const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    if (b == 0xC2 && byte(1) == 0xA0) return 2;  // U+00A0 no-break space
    if (b == 0xE2 && byte(1) == 0x80 && ((byte(2) >= 0x80 && byte(2) <= 0x8A) || byte(2) == 0xAF)) return 3;
    if (b == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;  // U+3000 ideographic space
    return 0;
}

std::size_t space_length(std::string_view s, std::size_t i) {
    if (i < s.size() && s[i] == '\n') return 1;
    return horizontal_space_length(s, i);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const std::size_t n = space_length(s, i);
        if (n == 0) break;
        i += n;
    }
    return i;
}

std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end) {
    if (begin >= end) return end;
    if (end > s.size()) return end;  // bytes past the text count as not space, as they always have
    // From the back, so that trimming a line costs its trailing spaces, not its length. A space's
    // first byte (ASCII, C2, E2, E3) is never a later byte of another space, so the spaces found
    // from the back are those a scan from `begin` would find. A space cut by `end` goes too.
    for (std::size_t k = 1; k <= 2 && k <= end - begin; ++k)
        if (space_length(s, end - k) > k) {
            end -= k;
            break;
        }
    while (end > begin) {
        if (is_ascii_space(s[end - 1])) {
            --end;
        } else if (end - begin >= 2 && space_length(s, end - 2) == 2) {
            end -= 2;
        } else if (end - begin >= 3 && space_length(s, end - 3) == 3) {
            end -= 3;
        } else {
            break;
        }
    }
    return end;
}

std::string_view trim(std::string_view s) {
    const std::size_t b = skip_spaces(s, 0);
    const std::size_t e = trim_end(s, b, s.size());
    return s.substr(b, e - b);
}

std::string fold_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t n = space_length(s, i);
        if (n > 0) {
            pending_space = !out.empty();
            i += n;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += s[i++];
    }
    return out;
}

line_column locate(std::string_view text, std::size_t origin, std::size_t at) {
    line_column lc;
    std::size_t line_start = origin;
    for (std::size_t i = origin; i < at && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++lc.line;
            line_start = i + 1;
        }
    }
    lc.column = at - line_start + 1;
    return lc;
}

}  // namespace dateline::detail
