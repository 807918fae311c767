#include "clause_tokens.hpp"

#include <array>
#include <bit>
#include <cassert>
#include <cstring>

#include "clause_word_kinds.hpp"
#include "text_scan.hpp"

namespace dateline::clause_detail {
namespace {

constexpr auto alnum_bytes = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = '0'; c <= '9'; ++c) table[c] = true;
    for (std::size_t c = 'a'; c <= 'z'; ++c) table[c] = table[c - 'a' + 'A'] = true;
    return table;
}();

bool is_alnum(char c) { return alnum_bytes[static_cast<unsigned char>(c)]; }

// Whether s[i] may join two parts of a word: ' or the first byte of ’, or a hyphen.
bool may_join(char c) { return c == '\'' || c == '-' || static_cast<unsigned char>(c) == 0xE2; }

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t high_bits = ones * 0x80;

// The high bit of each byte of `v` (all below 0x80) that lies in [lo, hi]: adding 0x80 - lo
// reaches the high bit from lo on, adding 0x7F - hi from hi + 1 on; no sum carries out of its byte.
constexpr std::uint64_t in_range(std::uint64_t v, unsigned lo, unsigned hi) {
    return (v + ones * (0x80 - lo)) & ~(v + ones * (0x7F - hi)) & high_bits;
}

// Eight bytes of text read at once: which are ASCII letters or digits (high bit of each byte),
// and the bytes with their letters lowercase.
struct block_classes {
    std::uint64_t alnum;
    std::uint64_t lowered;
};

block_classes classify(std::uint64_t block) {
    const std::uint64_t ascii = block & ~high_bits;
    const std::uint64_t letters = in_range(ascii | (ones * 0x20), 'a', 'z') & ~block;
    const std::uint64_t digits = in_range(ascii, '0', '9') & ~block;
    return {letters | digits, block | (letters >> 2)};  // 0x80 >> 2 is the case bit 0x20
}

// Copies the run of letters and digits at s[i] (before `end`) lowercased to `chars`, eight bytes at
// a time while eight bytes of `s` remain (`chars` has eight bytes of room past the run); returns
// the length of the run.
std::size_t copy_alnum_run(std::string_view s, std::size_t i, std::size_t end, char* chars) {
    const std::size_t start = i;
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= s.size()) {
            std::uint64_t block = 0;
            std::memcpy(&block, s.data() + i, sizeof block);
            const block_classes b = classify(block);
            std::memcpy(chars + (i - start), &b.lowered, sizeof b.lowered);
            const std::uint64_t stops = ~b.alnum & high_bits;
            const std::size_t run = stops == 0 ? 8 : static_cast<std::size_t>(std::countr_zero(stops)) / 8;
            if (i + run >= end) return end - start;
            i += run;
            if (run < 8) return i - start;
        }
    }
    while (i < end && is_alnum(s[i])) {
        chars[i - start] = detail::to_lower_ascii(s[i]);
        ++i;
    }
    return i - start;
}

// The word_prefix of a word of the list's bytes, which has eight bytes readable from its start.
std::uint64_t padded_prefix(std::string_view w) {
    if constexpr (std::endian::native != std::endian::little) return word_prefix(w);
    std::uint64_t p = 0;
    std::memcpy(&p, w.data(), sizeof p);
    return w.size() >= 8 ? p : p & ((std::uint64_t{1} << (8 * w.size())) - 1);
}

[[gnu::always_inline]] inline void push(std::vector<token>& out, const word_kind_table& table, std::string_view word, std::uint64_t prefix,
          std::size_t begin, std::size_t end, bool capitalized, bool hyphenated) {
    std::uint8_t kinds = table.kinds(word, prefix);
    if (word.size() >= 5 && word.ends_with("ed")) kinds |= ed_ending;
    out.push_back({word, begin, end, capitalized, hyphenated, kinds});
}

// Splits "we'll" into "we" + "'ll", "didn't" into "did" + "n't", "won't" into "will" + "n't".
void push_contraction(std::vector<token>& out, const word_kind_table& table, std::string_view word, std::size_t begin,
                      std::size_t end, bool capitalized, bool hyphenated) {
    const std::size_t apostrophe = word.find('\'');
    std::string_view stem = word.substr(0, apostrophe);
    std::string_view suffix = word.substr(apostrophe);
    if (suffix == "'t" && stem.ends_with('n')) {
        stem.remove_suffix(1);
        suffix = word.substr(apostrophe - 1);  // "n't"
        if (stem == "wo") stem = "will";
        if (stem == "ca") stem = "can";
        if (stem == "sha") stem = "shall";
    }
    push(out, table, stem, word_prefix(stem), begin, end, capitalized, hyphenated);
    push(out, table, suffix, padded_prefix(suffix), begin, end, false, false);
}

}  // namespace

std::size_t apostrophe_length(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    if (s[i] == '\'') return 1;
    if (static_cast<unsigned char>(s[i]) == 0xE2 && s.substr(i).starts_with("\xE2\x80\x99")) return 3;
    return 0;
}

// A word's lowercase bytes are never more than its bytes: the list's reset made room for all of
// them.
std::size_t tokenize(std::string_view s, clause_bounds c, token_list& out, std::size_t max_tokens) {
    assert(out.room_left() >= c.end - c.begin);
    if (out.tokens.size() >= max_tokens) return c.begin;
    const word_kind_table& table = word_kinds_table();
    std::size_t i = c.begin;
    while (i < c.end) {
        if (!is_alnum(s[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        bool hyphenated = false;
        bool apostrophes = false;
        // Lowercased as it is read: a ’ inside (three bytes) becomes one '.
        char* const chars = out.next_chars();
        std::size_t used = 0;
        while (true) {
            const std::size_t run = copy_alnum_run(s, i, c.end, chars + used);
            used += run;
            i += run;
            if (i >= c.end || !may_join(s[i])) break;
            const std::size_t apostrophe = apostrophe_length(s, i);
            const std::size_t joiner = apostrophe > 0 ? apostrophe : (s[i] == '-' ? 1 : 0);
            if (joiner == 0 || i + joiner >= c.end || !is_alnum(s[i + joiner])) break;
            hyphenated = hyphenated || apostrophe == 0;
            apostrophes = apostrophes || apostrophe > 0;
            chars[used++] = apostrophe > 0 ? '\'' : '-';
            i += joiner;
        }
        const std::string_view word = out.take(used);
        const bool capitalized = detail::is_ascii_upper(s[begin]);
        if (apostrophes) {
            push_contraction(out.tokens, table, word, begin, i, capitalized, hyphenated);
        } else {
            push(out.tokens, table, word, padded_prefix(word), begin, i, capitalized, hyphenated);
        }
        if (out.tokens.size() >= max_tokens) return i;
    }
    return c.end;
}

}  // namespace dateline::clause_detail
