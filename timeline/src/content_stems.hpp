// The content words of a text as merge.hpp defines them, one stem at a time: a word is a run of
// letters and digits (an apostrophe inside it included: "don't", "Russia’s"), lowercased, a
// final "'s" dropped, stop words skipped, cut to its first five characters. A template rather
// than a std::function so that numbering the stems of every report of a build costs a pass over
// the bytes, and the word is built in a buffer the caller keeps from text to text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "stop_words.hpp"
#include "text_scan.hpp"

namespace dateline::detail {

constexpr std::size_t stem_length = 5;  // characters kept of each word

// Bytes of the character at text[i]: its first byte and the continuation bytes after it.
inline std::size_t char_length(std::string_view text, std::size_t i) {
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0u) == 0x80u) ++n;
    return n;
}

// Length of a word character at text[i]: ASCII letters and digits, and non-ASCII characters
// other than U+2000..U+203F (spaces, dashes, curly quotes, ellipsis) and the no-break space.
inline std::size_t word_char_length(std::string_view text, std::size_t i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) return is_ascii_alnum(text[i]) ? 1 : 0;
    if (b == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) return 0;
    if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 0;
    return char_length(text, i);
}

// The first `stem_length` characters of a word (never cutting a UTF-8 sequence).
inline std::string_view stem(std::string_view word) {
    std::size_t chars = 0;
    std::size_t i = 0;
    while (i < word.size()) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0u) != 0x80u && chars++ == stem_length) break;
        ++i;
    }
    return word.substr(0, i);
}

// Calls on_stem(stem) for each content word of `text`, in text order, repeats included; `word`
// is scratch space.
template <class OnStem>
void for_each_content_stem(std::string_view text, std::string& word, OnStem&& on_stem) {
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (word_char_length(text, i) == 0) {
            i += char_length(text, i);
            continue;
        }
        word.clear();
        while (i < n) {
            std::size_t ascii = i;  // a run of ASCII letters and digits, the common case, at once
            while (ascii < n && is_ascii_alnum(text[ascii])) ++ascii;
            if (ascii > i) {
                for (; i < ascii; ++i) word += to_lower_ascii(text[i]);
                continue;
            }
            if (const std::size_t length = word_char_length(text, i)) {
                word.append(text.substr(i, length));
                i += length;
                continue;
            }
            // a possessive or contraction goes with its word: "Russia's", "Russia’s", "don't"
            const std::size_t apostrophe = text[i] == '\'' ? 1 : starts_with_at(text, i, "\xE2\x80\x99") ? 3 : 0;
            if (apostrophe == 0 || i + apostrophe >= n || word_char_length(text, i + apostrophe) == 0) break;
            word += '\'';
            i += apostrophe;
        }
        if (word.ends_with("'s")) word.resize(word.size() - 2);
        if (word.empty() || is_stop_word(word)) continue;
        on_stem(stem(word));
    }
}

}  // namespace dateline::detail
