// An ordered choice of rules, `r1 | r2 | ...` (PEG: the first that matches wins), that tries at a
// position only the rules whose first words (first_words.hpp) allow a match there: the same
// matches with fewer attempts. Which rules may begin with which word is worked out once, from the
// rules themselves and their tables, so a rule added or changed needs nothing else; a rule not
// looked into is tried everywhere.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "first_words.hpp"

namespace dateline::grammar {

namespace first_word_detail {

// Lowercase letters and digits 0-35; 36 stands for "no byte" as the second of a one-byte word.
inline constexpr std::uint8_t no_second_byte = 36;
inline constexpr std::uint8_t byte_classes = 37;
inline constexpr std::uint8_t uppercase = 254;  // the grammar reads folded text; tried by every rule
inline constexpr std::uint8_t not_a_word_byte = 255;
inline constexpr auto word_byte_class = [] {
    std::array<std::uint8_t, 256> table{};
    table.fill(not_a_word_byte);
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - 'a');
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(26 + c - '0');
    for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = uppercase;
    return table;
}();

inline std::uint64_t hash_word(std::string_view w) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

// Rules by exact first word: open addressing, a power of two of slots at most half full.
class word_masks {
public:
    void add(std::string_view word, std::uint64_t bit) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        slot& s = find_slot(word);
        if (s.word.empty()) {
            s.word = word;
            ++used_;
        }
        s.rules |= bit;
    }
    std::uint64_t find(std::string_view word) const {
        if (slots_.empty()) return 0;
        for (std::size_t i = hash_word(word) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const slot& s = slots_[i];
            if (s.word.empty()) return 0;
            if (s.word == word) return s.rules;
        }
    }

private:
    struct slot {
        std::string word;
        std::uint64_t rules = 0;
    };
    slot& find_slot(std::string_view word) {
        for (std::size_t i = hash_word(word) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1))
            if (slots_[i].word.empty() || slots_[i].word == word) return slots_[i];
    }
    void grow() {
        std::vector<slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 64 : 2 * old.size(), slot{});
        for (slot& s : old)
            if (!s.word.empty()) find_slot(s.word) = std::move(s);
    }
    std::vector<slot> slots_;
    std::size_t used_ = 0;
};

// Rules by the word at a position: by an exact first word, by its first two bytes (prefixes),
// by the byte where no word begins, or everywhere.
class word_tables {
public:
    void add(const word_starts& f, std::uint64_t bit) {
        if (f.anything || f.may_be_empty) {
            always_ |= bit;
            return;
        }
        for (std::size_t c = 0; c < 256; ++c)
            if (f.other_bytes[c]) by_other_byte_[c] |= bit;
        for (const std::string& w : f.exact)
            if (!has_uppercase(w)) by_word_.add(w, bit);
        for (const std::string& w : f.prefixes) add_prefix(w, bit);
    }
    void add_everywhere(std::uint64_t bit) { always_ |= bit; }

    // The rules that may match at `first`; `word_end` is set past the word there (letters and
    // digits), at `first` when there is none.
    std::uint64_t at(const char* first, const char* last, const char*& word_end) const {
        word_end = first;
        if (first == last) return always_;
        const std::uint8_t first_class = word_byte_class[static_cast<unsigned char>(*first)];
        if (first_class == not_a_word_byte) return always_ | by_other_byte_[static_cast<unsigned char>(*first)];
        if (first_class == uppercase) return ~std::uint64_t{0};
        const char* end = first + 1;
        std::uint8_t second_class = no_second_byte;
        if (end != last && word_byte_class[static_cast<unsigned char>(*end)] < no_second_byte)
            second_class = word_byte_class[static_cast<unsigned char>(*end)];
        while (end != last && word_byte_class[static_cast<unsigned char>(*end)] < no_second_byte) ++end;
        if (end != last && word_byte_class[static_cast<unsigned char>(*end)] == uppercase) return ~std::uint64_t{0};
        word_end = end;
        return always_ | by_first_two_bytes_[first_class * byte_classes + second_class] |
               by_word_.find(std::string_view(first, static_cast<std::size_t>(end - first)));
    }
    // Where only blanks or line breaks are read, from `first`.
    std::uint64_t at_blank(char c) const { return always_ | by_other_byte_[static_cast<unsigned char>(c)]; }

private:
    static bool has_uppercase(std::string_view w) {
        for (const char c : w)
            if (word_byte_class[static_cast<unsigned char>(c)] == uppercase) return true;
        return false;
    }
    // Every word that begins with `prefix` (letters and digits), found by its first two bytes.
    void add_prefix(std::string_view prefix, std::uint64_t bit) {
        if (has_uppercase(prefix)) return;
        const std::size_t first = word_byte_class[static_cast<unsigned char>(prefix[0])] * byte_classes;
        if (prefix.size() > 1) {
            by_first_two_bytes_[first + word_byte_class[static_cast<unsigned char>(prefix[1])]] |= bit;
            return;
        }
        for (std::size_t second = 0; second < byte_classes; ++second) by_first_two_bytes_[first + second] |= bit;
    }

    std::uint64_t always_ = 0;
    std::array<std::uint64_t, 256> by_other_byte_{};
    std::array<std::uint64_t, std::size_t{byte_classes} * byte_classes> by_first_two_bytes_{};
    word_masks by_word_;
};

inline bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace first_word_detail

template <class Attribute, class... Rules>
struct first_word_choice : x3::parser<first_word_choice<Attribute, Rules...>> {
    static_assert(sizeof...(Rules) <= 64, "one bit per rule");
    using attribute_type = Attribute;
    static bool const has_attribute = true;

    std::tuple<Rules...> rules;
    first_word_detail::word_tables by_first_word;
    first_word_detail::word_tables by_word_after_the;  // rules that begin "the" and blanks

    // With `every_rule`, every rule is tried at every position, as the plain ordered choice does.
    first_word_choice(bool every_rule, const Rules&... r) : rules(r...) {
        std::size_t i = 0;
        const auto note = [&](const auto& rule) {
            const std::uint64_t bit = std::uint64_t{1} << i++;
            if (every_rule) {
                by_first_word.add_everywhere(bit);
                return;
            }
            first_words f = first_words_of(rule);
            f.end();  // what follows a rule is not known
            by_first_word.add(f, bit);
            if (!f.after_the.is_empty()) by_word_after_the.add(f.after_the, bit);
        };
        std::apply([&](const auto&... rule) { (note(rule), ...); }, rules);
    }

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attr& attr) const {
        return parse_in_order(rules_tried_at(first, last), first, last, context, rcontext, attr,
                              std::index_sequence_for<Rules...>{});
    }

    // Bit i: rule i may match at `first`.
    std::uint64_t rules_tried_at(const char* first, const char* last) const {
        const char* word_end = first;
        std::uint64_t tried = by_first_word.at(first, last, word_end);
        if (word_end - first != 3 || first[0] != 't' || first[1] != 'h' || first[2] != 'e') return tried;
        if (word_end == last || !first_word_detail::is_blank(*word_end)) return tried;
        // "the" and blanks: any blank after the first may begin what follows, or the next word.
        const char* p = word_end + 1;
        for (; p != last && first_word_detail::is_blank(*p); ++p) tried |= by_word_after_the.at_blank(*p);
        const char* second_end = p;
        return tried | by_word_after_the.at(p, last, second_end);
    }

private:
    template <class Iterator, class Context, class RContext, class Attr, std::size_t... I>
    bool parse_in_order(std::uint64_t tried, Iterator& first, const Iterator& last, const Context& context,
                        RContext& rcontext, Attr& attr, std::index_sequence<I...>) const {
        return (((tried >> I & 1U) != 0 && std::get<I>(rules).parse(first, last, context, rcontext, attr)) || ...);
    }
};

template <class Attribute, class... Rules>
first_word_choice<Attribute, Rules...> choose_by_first_word(bool every_rule, const Rules&... rules) {
    return first_word_choice<Attribute, Rules...>(every_rule, rules...);
}

}  // namespace dateline::grammar
