#include "escape_markdown.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "display_text.hpp"
#include "text_fold.hpp"

namespace dateline::render_detail {
namespace {

// Characters that are markup wherever they stand.
bool always_escaped(char c) {
    switch (c) {
    case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '<': case '>':
    case '#': case '|': case '~': case '&': case '@':  // '@': GFM turns a@b.c into a mailto: link
        return true;
    default:
        return false;
    }
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool starts_with_icase(std::string_view text, std::size_t at, std::string_view prefix) {
    if (text.size() - at < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) return false;
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// Runs of white space become one space; unlike fold_whitespace the ends are kept, because a
// piece of a sentence may end or start with its space.
std::string fold_keeping_ends(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (!is_space(c)) out += c;
        else if (out.empty() || out.back() != ' ') out += ' ';
    }
    return out;
}

// Would the character at `i` be markup that only counts in some places? `start` is the first
// character after leading space: where a block marker would be read.
bool needs_escape_here(std::string_view text, std::size_t i, std::size_t start) {
    const char c = text[i];
    // A line that starts with "-", "+" or "=" can become a list item or a heading underline.
    if (i == start && (c == '-' || c == '+' || c == '=')) return true;
    // "1." or "1)" at the start of a line is an ordered list.
    if ((c == '.' || c == ')') && i > start &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start), text.begin() + static_cast<std::ptrdiff_t>(i),
                    [](char d) { return d >= '0' && d <= '9'; }))
        return true;
    // "![" is an image even when "[" is escaped by some renderers; cost nothing to escape.
    if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') return true;
    // GFM autolinks: "http://..." and "www.example.com".
    if (c == ':' && text.substr(i + 1, 2) == "//") return true;
    if (c == '.' && i >= 3 && starts_with_icase(text, i - 3, "www") && (i == 3 || !is_alnum(text[i - 4])))
        return true;
    return false;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
    const std::string folded = fold_keeping_ends(displayable(text));
    const std::size_t start = folded.empty() || folded.front() != ' ' ? 0 : 1;
    std::string out;
    out.reserve(folded.size() + folded.size() / 8);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (always_escaped(folded[i]) || needs_escape_here(folded, i, start)) out += '\\';
        out += folded[i];
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    const std::string folded = fold_whitespace(displayable(text));
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : folded) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    // A space on each side keeps a backtick at either end from joining the fence.
    const bool pad = !folded.empty() && (folded.front() == '`' || folded.back() == '`');
    const std::string inner = pad ? " " + folded + " " : folded;
    return fence + inner + fence;
}

std::string markdown_link_destination(std::string_view url) {
    std::string out;
    out.reserve(url.size());
    for (const char c : url) {
        const auto u = static_cast<unsigned char>(c);
        const bool unsafe = u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == '(' || c == ')' || c == '[' ||
                            c == ']' || c == '\\' || c == '`' || c == '"' || c == '\'' || c == '|';
        if (unsafe) out += fmt::format("%{:02X}", u);
        else out += c;
    }
    return out;
}

}  // namespace dateline::render_detail
