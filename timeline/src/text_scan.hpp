// Byte-level helpers shared by the readers and the sentence splitter. Text is UTF-8 that may be
// invalid: every helper checks bounds and treats undecodable bytes as ordinary characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::detail {

inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char to_lower_ascii(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether `what` is at s[i] (i may be s.size()).
inline bool starts_with_at(std::string_view s, std::size_t i, std::string_view what) {
    return i <= s.size() && s.substr(i).starts_with(what);
}

std::string to_lower_ascii(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
bool istarts_with_ascii(std::string_view s, std::string_view prefix);
bool iends_with_ascii(std::string_view s, std::string_view suffix);

// Length in bytes of the white space character at s[i] (ASCII white space, no-break space,
// the U+2000..U+200A spaces, U+202F, U+3000), 0 when s[i] does not start one.
std::size_t space_length(std::string_view s, std::size_t i);

// Length in bytes of a horizontal white space character at s[i] (not a line break), else 0.
std::size_t horizontal_space_length(std::string_view s, std::size_t i);

// s without leading and trailing white space (Unicode spaces included).
std::string_view trim(std::string_view s);

// Index of the first byte after the white space that starts at i (line breaks included).
std::size_t skip_spaces(std::string_view s, std::size_t i);

// Index one past the last non-space byte in s[begin, end), or begin when all are spaces.
std::size_t trim_end(std::string_view s, std::size_t begin, std::size_t end);

// Runs of white space folded to one ASCII space, leading and trailing white space dropped.
std::string fold_spaces(std::string_view s);

// 1-based line and column (in bytes) of byte offset `at`; lines counted from `origin`.
struct line_column {
    std::size_t line = 1;
    std::size_t column = 1;
};
line_column locate(std::string_view text, std::size_t origin, std::size_t at);

}  // namespace dateline::detail
