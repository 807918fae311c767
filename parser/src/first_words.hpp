// The words a match of an X3 parser can begin with, worked out from the parser's type and its
// tables, as first_bytes.hpp works out its first bytes. A "word" is a run of letters and digits
// (word bytes). Never too small: a parser this does not look into counts as one that may begin
// anywhere. first_word_choice.hpp uses it to try at a position only the rules that can match there.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "first_bytes.hpp"
#include "keyword.hpp"

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

// The words a match may begin with, and (word_starts only) a match of what follows "the".
struct word_starts {
    std::vector<std::string> exact;     // the text's first word is one of these
    std::vector<std::string> prefixes;  // the text's first word begins with one of these
    // Prefixes that are the parser's whole match ("may" of `months`): exact when no word byte may
    // follow (`months >> boundary`), prefixes otherwise (`day_parts >> lit('s')`).
    std::vector<std::string> whole;
    std::bitset<256> other_bytes;  // the match begins with a byte that is no word byte
    bool may_be_empty = false;     // matches without reading a byte: tried anywhere
    bool anything = false;         // not looked into: tried anywhere

    word_starts& operator|=(const word_starts& o) {
        exact.insert(exact.end(), o.exact.begin(), o.exact.end());
        prefixes.insert(prefixes.end(), o.prefixes.begin(), o.prefixes.end());
        whole.insert(whole.end(), o.whole.begin(), o.whole.end());
        other_bytes |= o.other_bytes;
        may_be_empty = may_be_empty || o.may_be_empty;
        anything = anything || o.anything;
        return *this;
    }
    bool is_empty() const {
        return exact.empty() && prefixes.empty() && whole.empty() && other_bytes.none() && !may_be_empty && !anything;
    }
    // The match may go on with word bytes after a whole entry: it is only a prefix.
    void open_whole() {
        prefixes.insert(prefixes.end(), whole.begin(), whole.end());
        whole.clear();
    }
    // No word byte may follow the match: a whole entry is the first word itself.
    void close_whole() {
        exact.insert(exact.end(), whole.begin(), whole.end());
        whole.clear();
    }
};

// "the" begins most rules: a match that begins with "the" and blanks is known by its second word
// too (`after_the`), "the" itself staying out of `exact`.
struct first_words : word_starts {
    word_starts after_the;   // the second words of matches that begin "the" and blanks
    bool then_open = false;  // the match may end right after "the" and blanks: what follows decides

    static first_words any() {
        first_words f;
        f.anything = true;
        return f;
    }
    static first_words nothing_read() {
        first_words f;
        f.may_be_empty = true;
        return f;
    }
    // A literal text: its leading word, exact when a non-word byte ends it within the text;
    // "the current" of a table by its second word.
    static first_words text(std::string_view s) {
        first_words f;
        if (s.size() > 4 && s.substr(0, 4) == "the " && is_word_byte(s[4])) {
            f.after_the = text(s.substr(4));
            return f;
        }
        std::size_t n = 0;
        while (n < s.size() && is_word_byte(s[n])) ++n;
        if (s.empty()) f.may_be_empty = true;
        else if (n == 0) f.other_bytes.set(static_cast<unsigned char>(s[0]));
        else if (n < s.size()) f.exact.emplace_back(s.substr(0, n));
        else f.whole.emplace_back(s);
        return f;
    }
    first_words& operator|=(const first_words& o) {
        word_starts::operator|=(o);
        after_the |= o.after_the;
        then_open = then_open || o.then_open;
        return *this;
    }
    // Nothing more is known after "the": any second word.
    void close_the() {
        if (then_open) exact.emplace_back("the");
        then_open = false;
    }
    // All that follows the match is unknown (a rule's end, a repetition).
    void end() {
        close_the();
        open_whole();
        after_the.open_whole();
    }
};

template <class Parser>
first_words first_words_of(const Parser& p);

namespace first_words_detail {

// Whether a parser may begin by reading a word byte; when not, a whole entry before it stays whole
// (the parser reads nothing, or a byte that ends the word).
template <class Parser>
bool reads_word_byte_first(const Parser& p) {
    const first_bytes f = first_bytes_of(p);
    for (std::size_t c = 0; c < 256; ++c)
        if (f.bytes[c] && is_word_byte(static_cast<char>(c))) return true;
    return false;
}

// Whether a parser matches only where no word byte comes next (a boundary, a blank, a dash).
template <class Parser>
struct ends_word {
    static bool of(const Parser& p) {
        return !first_bytes_of(p).may_be_empty && !reads_word_byte_first(p);
    }
};
template <>
struct ends_word<word_boundary> {
    static bool of(const word_boundary&) { return true; }
};
template <class Left, class Right>
struct ends_word<x3::sequence<Left, Right>> {
    static bool of(const x3::sequence<Left, Right>& p) {
        const first_bytes left = first_bytes_of(p.left);
        const bool left_reads_nothing = left.may_be_empty && left.bytes.none();
        return ends_word<Left>::of(p.left) || (left_reads_nothing && ends_word<Right>::of(p.right));
    }
};
template <class Left, class Right>
struct ends_word<x3::alternative<Left, Right>> {
    static bool of(const x3::alternative<Left, Right>& p) {
        return ends_word<Left>::of(p.left) && ends_word<Right>::of(p.right);
    }
};
template <class Subject, class Action>
struct ends_word<x3::action<Subject, Action>> {
    static bool of(const x3::action<Subject, Action>& p) { return ends_word<Subject>::of(p.subject); }
};
template <class Subject>
struct ends_word<x3::omit_directive<Subject>> {
    static bool of(const x3::omit_directive<Subject>& p) { return ends_word<Subject>::of(p.subject); }
};

// Whether a parser reads blanks and line breaks only, at least one, as `sp` does: after "the" and
// such a parser comes the second word (first_word_choice.hpp skips them so).
template <class Parser>
struct blanks_only {
    static bool of(const Parser& p) {
        if constexpr (std::is_base_of_v<x3::char_parser<Parser>, Parser>) {
            for (std::size_t c = 0; c < 128; ++c)
                if (p.test(static_cast<char>(c), x3::unused) && c != ' ' && c != '\t' && c != '\r' && c != '\n')
                    return false;
            return true;
        } else {
            return false;
        }
    }
};
template <>
struct blanks_only<x3::eol_parser> {
    static bool of(const x3::eol_parser&) { return true; }
};
template <class Subject>
struct blanks_only<x3::omit_directive<Subject>> {
    static bool of(const x3::omit_directive<Subject>& p) { return blanks_only<Subject>::of(p.subject); }
};
template <class Subject>
struct blanks_only<x3::plus<Subject>> {
    static bool of(const x3::plus<Subject>& p) { return blanks_only<Subject>::of(p.subject); }
};
template <class Left, class Right>
struct blanks_only<x3::alternative<Left, Right>> {
    static bool of(const x3::alternative<Left, Right>& p) {
        return blanks_only<Left>::of(p.left) && blanks_only<Right>::of(p.right);
    }
};
// "x >> -y", "x >> *y": blanks, and maybe more blanks.
template <class Parser>
bool blanks_or_nothing(const Parser&) {
    return false;
}
template <class Subject>
bool blanks_or_nothing(const x3::omit_directive<Subject>& p);
template <class Left, class Right>
bool blanks_or_nothing(const x3::sequence<Left, Right>& p);
template <class Subject>
bool blanks_or_nothing(const x3::optional<Subject>& p) { return blanks_only<Subject>::of(p.subject); }
template <class Subject>
bool blanks_or_nothing(const x3::kleene<Subject>& p) { return blanks_only<Subject>::of(p.subject); }
template <class Left, class Right>
bool blanks_or_nothing(const x3::sequence<Left, Right>& p) {
    return blanks_or_nothing(p.left) && blanks_or_nothing(p.right);
}
template <class Subject>
bool blanks_or_nothing(const x3::omit_directive<Subject>& p) {
    return blanks_only<Subject>::of(p.subject) || blanks_or_nothing(p.subject);
}
template <class Left, class Right>
struct blanks_only<x3::sequence<Left, Right>> {
    static bool of(const x3::sequence<Left, Right>& p) {
        return blanks_only<Left>::of(p.left) && (blanks_only<Right>::of(p.right) || blanks_or_nothing(p.right));
    }
};
using first_bytes_detail::is_symbols_v;

// The parsers this looks into; anything else may begin anywhere.
template <class Parser>
struct rule_of {
    static first_words get(const Parser& p) {
        if constexpr (is_symbols_v<Parser>) {
            // A table appears in many rules: its keys are read once (tables never change).
            static const void* read_from = nullptr;
            static first_words words;
            if (read_from != std::addressof(p)) {
                words = first_words{};
                p.for_each([](const std::string& key, const auto&) { words |= first_words::text(key); });
                read_from = std::addressof(p);
            }
            return words;
        } else if constexpr (first_bytes_detail::reads_nothing<Parser>::value) {
            return first_words::nothing_read();
        } else if constexpr (std::is_base_of_v<x3::char_parser<Parser>, Parser>) {
            // Folded text is ASCII; bytes above it are not asked about (X3's classes assert on them).
            first_words f;
            for (std::size_t c = 0; c < 256; ++c) {
                if (c < 128 && !p.test(static_cast<char>(c), x3::unused)) continue;
                if (is_word_byte(static_cast<char>(c))) f.whole.emplace_back(1, static_cast<char>(c));
                else f.other_bytes.set(c);
            }
            return f;
        } else {
            return first_words::any();
        }
    }
};

// What follows the whole entries of `f` decides whether they are the first words or their prefixes.
template <class Right>
void settle_whole(word_starts& f, const Right& right) {
    if (f.whole.empty()) return;
    if (ends_word<Right>::of(right)) f.close_whole();
    else if (reads_word_byte_first(right)) f.open_whole();
}

template <class Right>
first_words sequence_words(first_words f, const Right& right) {
    if (f.anything) return f;
    settle_whole(f, right);
    settle_whole(f.after_the, right);
    if (!f.then_open && !f.may_be_empty) return f;
    const first_words r = first_words_of(right);
    if (f.then_open) {
        f.after_the |= r;
        f.after_the.may_be_empty = false;  // then_open says so
        if (r.then_open || !r.after_the.is_empty()) f.after_the.exact.emplace_back("the");  // "the the"
        f.then_open = r.may_be_empty;
    }
    if (f.may_be_empty) {
        f.may_be_empty = false;
        f |= r;
    }
    return f;
}

template <class Left, class Right>
struct rule_of<x3::sequence<Left, Right>> {
    static first_words get(const x3::sequence<Left, Right>& p) {
        return sequence_words(first_words_of(p.left), p.right);
    }
};

// "the" and blanks: the next parser gives the second word.
template <class Right>
struct rule_of<x3::sequence<keyword, Right>> {
    static first_words get(const x3::sequence<keyword, Right>& p) {
        if (std::string_view(p.left.word, p.left.size) == "the" && blanks_only<Right>::of(p.right)) {
            first_words f;
            f.then_open = true;
            return f;
        }
        return sequence_words(first_words_of(p.left), p.right);
    }
};

template <class Left, class Right>
struct rule_of<x3::alternative<Left, Right>> {
    static first_words get(const x3::alternative<Left, Right>& p) {
        first_words f = first_words_of(p.left);
        f |= first_words_of(p.right);
        return f;
    }
};

template <class Subject, class Action>
struct rule_of<x3::action<Subject, Action>> {
    static first_words get(const x3::action<Subject, Action>& p) { return first_words_of(p.subject); }
};

template <class Subject>
struct rule_of<x3::omit_directive<Subject>> {
    static first_words get(const x3::omit_directive<Subject>& p) { return first_words_of(p.subject); }
};

// "+x", "*x": x again may follow x.
template <class Subject>
struct rule_of<x3::plus<Subject>> {
    static first_words get(const x3::plus<Subject>& p) {
        first_words f = first_words_of(p.subject);
        f.end();
        return f;
    }
};
template <class Subject>
struct rule_of<x3::kleene<Subject>> {
    static first_words get(const x3::kleene<Subject>& p) {
        first_words f = first_words_of(p.subject);
        f.end();
        f.may_be_empty = true;
        return f;
    }
};
template <class Subject>
struct rule_of<x3::optional<Subject>> {
    static first_words get(const x3::optional<Subject>& p) {
        first_words f = first_words_of(p.subject);
        f.may_be_empty = true;
        return f;
    }
};

template <>
struct rule_of<x3::eol_parser> {
    static first_words get(const x3::eol_parser&) {
        first_words f;
        f.other_bytes.set('\r');
        f.other_bytes.set('\n');
        return f;
    }
};

// A keyword ends at a boundary: its word is the whole first word.
template <>
struct rule_of<keyword> {
    static first_words get(const keyword& p) {
        first_words f = first_words::text(std::string_view(p.word, p.size));
        f.close_whole();
        return f;
    }
};

template <class String, class Encoding, class Attribute>
struct rule_of<x3::literal_string<String, Encoding, Attribute>> {
    static first_words get(const x3::literal_string<String, Encoding, Attribute>& p) {
        return first_words::text(std::string_view(p.str));
    }
};

inline first_words digits_then_more() {
    first_words f;
    for (char c = '0'; c <= '9'; ++c) f.prefixes.emplace_back(1, c);
    return f;
}

template <class T, unsigned Radix, unsigned MinDigits, int MaxDigits>
struct rule_of<x3::uint_parser<T, Radix, MinDigits, MaxDigits>> {
    static first_words get(const x3::uint_parser<T, Radix, MinDigits, MaxDigits>&) {
        if constexpr (Radix != 10 || MinDigits == 0) return first_words::any();
        else return digits_then_more();
    }
};

// Digits, a leading point (".5"), a sign, and X3's "nan" and "inf"/"infinity" in either case.
template <class T, class Policies>
struct rule_of<x3::real_parser<T, Policies>> {
    static first_words get(const x3::real_parser<T, Policies>&) {
        first_words f = digits_then_more();
        for (const char* w : {"nan", "inf", "NaN", "NAN", "Inf", "INF"}) f.prefixes.emplace_back(w);
        for (const char c : std::string_view(".+-")) f.other_bytes.set(static_cast<unsigned char>(c));
        return f;
    }
};

template <class ID, class RHS, class Attribute, bool force_attribute>
struct rule_of<x3::rule_definition<ID, RHS, Attribute, force_attribute>> {
    static first_words get(const x3::rule_definition<ID, RHS, Attribute, force_attribute>& p) {
        return first_words_of(p.rhs);
    }
};

}  // namespace first_words_detail

template <class Parser>
first_words first_words_of(const Parser& p) {
    return first_words_detail::rule_of<Parser>::get(p);
}

}  // namespace dateline::grammar
