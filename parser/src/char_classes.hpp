// Byte classes of the folded text (ASCII, lowercase letters) that the parser's post-passes read
// around a match: one definition for all of them.
#pragma once

namespace dateline::detail {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_letter(char c) { return c >= 'a' && c <= 'z'; }  // folded: lowercase only
constexpr bool is_alnum(char c) { return is_digit(c) || is_letter(c) || (c >= 'A' && c <= 'Z'); }
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace dateline::detail
