// A read position in a string for the small hand-written matchers (publication times,
// datelines): every method either consumes what it matches or leaves the position unchanged.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "text_scan.hpp"

namespace dateline::detail {

struct cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool done() const { return pos >= text.size(); }
    char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    std::string_view rest() const { return text.substr(pos < text.size() ? pos : text.size()); }

    bool eat(char c) {
        if (done() || peek() != c) return false;
        ++pos;
        return true;
    }

    // Exactly n digits (n >= 1), as a number.
    std::optional<unsigned> digits(std::size_t n) {
        unsigned v = 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (!is_ascii_digit(peek(k))) return std::nullopt;
            v = v * 10 + static_cast<unsigned>(peek(k) - '0');
        }
        pos += n;
        return v;
    }

    // Between min_n and max_n digits, as many as there are; fails when followed by another digit.
    std::optional<unsigned> digits_between(std::size_t min_n, std::size_t max_n) {
        std::size_t n = 0;
        while (n < max_n && is_ascii_digit(peek(n))) ++n;
        if (n < min_n || is_ascii_digit(peek(n))) return std::nullopt;
        return digits(n);
    }

    // One or more horizontal spaces.
    bool spaces() {
        const std::size_t start = pos;
        while (const std::size_t n = horizontal_space_length(text, pos)) pos += n;
        return pos > start;
    }

    // A run of ASCII letters, returned without consuming anything else.
    std::string_view word() {
        const std::size_t start = pos;
        while (is_ascii_alpha(peek())) ++pos;
        return text.substr(start, pos - start);
    }
};

}  // namespace dateline::detail
