// Whole-word terminals of the grammar. `keyword` is `lit(word) >> !char_("a-zA-Z0-9")` and
// `word_boundary` is `!char_("a-zA-Z0-9")`, written as one comparison and one table look-up: the
// grammar asks for keywords tens of thousands of times per megabyte of news, and X3's literal
// and character-set parsers cost several times more for the same answer.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>

#include <boost/spirit/home/x3.hpp>

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

inline constexpr auto word_bytes = [] {
    std::array<bool, 256> table{};
    for (unsigned char c = 'a'; c <= 'z'; ++c) table[c] = table[c - 'a' + 'A'] = true;
    for (unsigned char c = '0'; c <= '9'; ++c) table[c] = true;
    return table;
}();

inline bool is_word_byte(char c) { return word_bytes[static_cast<unsigned char>(c)]; }

// Matches nothing, and only where no letter or digit comes next.
struct word_boundary : x3::parser<word_boundary> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute&) const {
        return first == last || !is_word_byte(*first);
    }
};

// A word written as given (lowercase: the grammar reads folded text) that ends at a boundary.
struct keyword : x3::parser<keyword> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    const char* word;
    std::size_t size;

    explicit keyword(const char* lowercase_word) : word(lowercase_word), size(std::strlen(lowercase_word)) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute&) const {
        if (static_cast<std::size_t>(last - first) < size) return false;
        for (std::size_t i = 0; i < size; ++i)
            if (first[static_cast<std::ptrdiff_t>(i)] != word[i]) return false;
        const Iterator end = first + static_cast<std::ptrdiff_t>(size);
        if (end != last && is_word_byte(*end)) return false;
        first = end;
        return true;
    }
};

}  // namespace dateline::grammar
