// The bytes a match of an X3 parser can begin with, worked out from the parser's type and its
// tables (the FIRST set of the parser). It is never too small: a parser this does not look into
// counts as one that may begin with any byte, or with none. first_words.hpp uses it to tell whether
// a parser may read a word byte first or matches without reading one.
#pragma once

#include <bitset>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/spirit/home/x3.hpp>

#include "keyword.hpp"

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

struct first_bytes {
    std::bitset<256> bytes;
    bool may_be_empty = false;  // matches without reading a byte ("-x", "&x", eps): tried anywhere

    static first_bytes anything() {
        first_bytes f;
        f.bytes.set();
        f.may_be_empty = true;
        return f;
    }
    static first_bytes nothing_read() {
        first_bytes f;
        f.may_be_empty = true;
        return f;
    }
    static first_bytes byte(char c) {
        first_bytes f;
        f.bytes.set(static_cast<unsigned char>(c));
        return f;
    }
    first_bytes& operator|=(const first_bytes& other) {
        bytes |= other.bytes;
        may_be_empty = may_be_empty || other.may_be_empty;
        return *this;
    }
};

template <class Parser>
first_bytes first_bytes_of(const Parser& p);

namespace first_bytes_detail {

// Parsers that match without reading a byte: look-aheads, eps, the end of input, a word boundary
// (what follows them decides where a match begins).
template <class Parser>
struct reads_nothing : std::false_type {};
template <class Subject>
struct reads_nothing<x3::not_predicate<Subject>> : std::true_type {};
template <class Subject>
struct reads_nothing<x3::and_predicate<Subject>> : std::true_type {};
template <>
struct reads_nothing<x3::eps_parser> : std::true_type {};
template <>
struct reads_nothing<x3::eoi_parser> : std::true_type {};
template <>
struct reads_nothing<word_boundary> : std::true_type {};

template <class E, class T, class L>
std::true_type is_symbols(const x3::symbols_parser<E, T, L>*);
std::false_type is_symbols(const void*);

template <class Parser>
constexpr bool is_symbols_v = decltype(is_symbols(static_cast<const Parser*>(nullptr)))::value;

// The parsers this looks into; anything else may begin anywhere.
template <class Parser>
struct rule_of {
    static first_bytes get(const Parser& p) {
        if constexpr (is_symbols_v<Parser>) {
            // A table appears in many rules: its keys are read once (tables never change).
            static const void* read_from = nullptr;
            static first_bytes bytes;
            if (read_from != std::addressof(p)) {
                bytes = first_bytes{};
                p.for_each([](const std::string& key, const auto&) {
                    if (key.empty()) bytes.may_be_empty = true;
                    else bytes.bytes.set(static_cast<unsigned char>(key.front()));
                });
                read_from = std::addressof(p);
            }
            return bytes;
        } else if constexpr (reads_nothing<Parser>::value) {
            return first_bytes::nothing_read();
        } else if constexpr (std::is_base_of_v<x3::char_parser<Parser>, Parser>) {
            // Folded text is ASCII; bytes above it are not asked about (X3's classes assert on them).
            first_bytes f;
            for (std::size_t c = 0; c < 256; ++c)
                if (c >= 128 || p.test(static_cast<char>(c), x3::unused)) f.bytes.set(c);
            return f;
        } else {
            return first_bytes::anything();
        }
    }
};

template <class Left, class Right>
struct rule_of<x3::sequence<Left, Right>> {
    static first_bytes get(const x3::sequence<Left, Right>& p) {
        first_bytes f = first_bytes_of(p.left);
        if (!f.may_be_empty) return f;
        f.may_be_empty = false;
        f |= first_bytes_of(p.right);
        return f;
    }
};

template <class Left, class Right>
struct rule_of<x3::alternative<Left, Right>> {
    static first_bytes get(const x3::alternative<Left, Right>& p) {
        first_bytes f = first_bytes_of(p.left);
        f |= first_bytes_of(p.right);
        return f;
    }
};

template <class Subject, class Action>
struct rule_of<x3::action<Subject, Action>> {
    static first_bytes get(const x3::action<Subject, Action>& p) { return first_bytes_of(p.subject); }
};

template <class Subject>
struct rule_of<x3::omit_directive<Subject>> {
    static first_bytes get(const x3::omit_directive<Subject>& p) { return first_bytes_of(p.subject); }
};

template <class Subject>
struct rule_of<x3::plus<Subject>> {
    static first_bytes get(const x3::plus<Subject>& p) { return first_bytes_of(p.subject); }
};

// "-x" and "*x": the bytes x begins with, or none.
template <class Subject>
first_bytes subject_or_nothing(const Subject& subject) {
    first_bytes f = first_bytes_of(subject);
    f.may_be_empty = true;
    return f;
}
template <class Subject>
struct rule_of<x3::optional<Subject>> {
    static first_bytes get(const x3::optional<Subject>& p) { return subject_or_nothing(p.subject); }
};
template <class Subject>
struct rule_of<x3::kleene<Subject>> {
    static first_bytes get(const x3::kleene<Subject>& p) { return subject_or_nothing(p.subject); }
};

template <>
struct rule_of<x3::eol_parser> {
    static first_bytes get(const x3::eol_parser&) {
        first_bytes f = first_bytes::byte('\r');
        f.bytes.set('\n');
        return f;
    }
};

template <>
struct rule_of<keyword> {
    static first_bytes get(const keyword& p) {
        return p.size == 0 ? first_bytes::nothing_read() : first_bytes::byte(p.word[0]);
    }
};

template <class String, class Encoding, class Attribute>
struct rule_of<x3::literal_string<String, Encoding, Attribute>> {
    static first_bytes get(const x3::literal_string<String, Encoding, Attribute>& p) {
        return p.str[0] == '\0' ? first_bytes::nothing_read() : first_bytes::byte(p.str[0]);
    }
};

template <class T, unsigned Radix, unsigned MinDigits, int MaxDigits>
struct rule_of<x3::uint_parser<T, Radix, MinDigits, MaxDigits>> {
    static first_bytes get(const x3::uint_parser<T, Radix, MinDigits, MaxDigits>&) {
        if constexpr (Radix != 10 || MinDigits == 0) {
            return first_bytes::anything();
        } else {
            first_bytes f;
            for (char c = '0'; c <= '9'; ++c) f.bytes.set(static_cast<unsigned char>(c));
            return f;
        }
    }
};

// Digits, a leading point (".5"), a sign, and X3's "nan" and "inf"/"infinity" in either case.
template <class T, class Policies>
struct rule_of<x3::real_parser<T, Policies>> {
    static first_bytes get(const x3::real_parser<T, Policies>&) {
        first_bytes f;
        for (const char c : std::string_view("0123456789.+-nNiI")) f.bytes.set(static_cast<unsigned char>(c));
        return f;
    }
};

template <class ID, class RHS, class Attribute, bool force_attribute>
struct rule_of<x3::rule_definition<ID, RHS, Attribute, force_attribute>> {
    static first_bytes get(const x3::rule_definition<ID, RHS, Attribute, force_attribute>& p) {
        return first_bytes_of(p.rhs);
    }
};

}  // namespace first_bytes_detail

template <class Parser>
first_bytes first_bytes_of(const Parser& p) {
    return first_bytes_detail::rule_of<Parser>::get(p);
}

}  // namespace dateline::grammar
