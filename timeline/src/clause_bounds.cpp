#include "clause_bounds.hpp"

#include <algorithm>
#include <array>

#include "text_scan.hpp"

namespace dateline::clause_detail {
namespace {

using detail::starts_with_at;

// Whether s[i] can start a clause boundary (most bytes cannot: tested before boundary_length), by
// table: the scans ask about every byte between an expression and its clause's bounds.
constexpr auto boundary_starts = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view(";\":`'")) table[static_cast<unsigned char>(c)] = true;
    for (std::size_t c = 0x80; c < 256; ++c) table[c] = true;
    return table;
}();

bool may_start_boundary(char c) { return boundary_starts[static_cast<unsigned char>(c)]; }

// Whether any of the eight bytes at p may start a boundary: one test for the eight, most blocks of
// a sentence have none.
bool any_may_start_boundary(const char* p) {
    bool any = false;
    for (int k = 0; k < 8; ++k) any |= may_start_boundary(p[k]);
    return any;
}

bool is_quote_for_pairs(char c) { return c == '`' || c == '\''; }

// Whether the quote at s[i] starts a pair when a scan from the start of s reads it: the scan meets
// the first quote of a run (no boundary ends inside a run) and takes the run two by two.
bool starts_quote_pair(std::string_view s, std::size_t i) {
    std::size_t run_start = i;
    while (run_start > 0 && s[run_start - 1] == s[i]) --run_start;
    return (i - run_start) % 2 == 0 && i + 1 < s.size() && s[i + 1] == s[i];
}

}  // namespace

std::size_t boundary_length(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (is_quote_for_pairs(c) && i + 1 < s.size() && s[i + 1] == c) return 2;
    if (c == ';' || c == '"') return 1;
    if (c == ':') {
        const bool clock = i > 0 && i + 1 < s.size() && detail::is_ascii_digit(s[i - 1]) && detail::is_ascii_digit(s[i + 1]);
        return clock ? 0 : 1;
    }
    if (static_cast<unsigned char>(c) < 0x80) return 0;
    if (starts_with_at(s, i, "\xE2\x80\x9C") || starts_with_at(s, i, "\xE2\x80\x9D")) return 3;  // “ ”
    if (starts_with_at(s, i, "\xC2\xAB") || starts_with_at(s, i, "\xC2\xBB")) return 2;          // « »
    return 0;
}

// The start is found looking back from the expression, not reading the whole sentence before it:
// no boundary's later bytes can start one (those of “ ” « » are continuation bytes), so the last
// boundary a forward scan finds is the first one met going back, quote pairs counted from the
// start of their run.
clause_bounds clause_around(std::string_view s, std::size_t begin, std::size_t end) {
    clause_bounds c{0, s.size()};
    // Back from `begin` eight bytes at a time; byte by byte through a block that has a candidate.
    for (std::size_t i = begin; i > 0 && c.begin == 0;) {
        const std::size_t block = i >= 8 ? i - 8 : 0;
        if (i >= 8 && !any_may_start_boundary(s.data() + block)) {
            i = block;
            continue;
        }
        while (i > block) {
            --i;
            if (!may_start_boundary(s[i])) continue;
            const std::size_t n = is_quote_for_pairs(s[i]) ? (starts_quote_pair(s, i) ? 2 : 0) : boundary_length(s, i);
            if (n > 0) {
                c.begin = i + n;
                break;
            }
        }
    }
    // On from `end` the same way.
    for (std::size_t i = end; i < s.size();) {
        const std::size_t block = i + 8;
        if (block <= s.size() && !any_may_start_boundary(s.data() + i)) {
            i = block;
            continue;
        }
        for (const std::size_t stop = std::min(block, s.size()); i < stop; ++i) {
            if (may_start_boundary(s[i]) && boundary_length(s, i) > 0) {
                c.end = i;
                return c;
            }
        }
    }
    return c;
}

}  // namespace dateline::clause_detail
