// The words of a clause as the tense matcher reads them: lowercase, curly apostrophes made
// straight, contractions split ("didn't" -> "did" + "n't", "won't" -> "will" + "n't", "we'll" ->
// "we" + "'ll"), each with its word_kind bits (clause_word_kinds.hpp) looked up once.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "clause_bounds.hpp"

namespace dateline::clause_detail {

struct token {
    std::string_view word;  // into a token_list's bytes, or a literal ("will" of "won't")
    std::size_t begin = 0;  // byte offsets of the whole word in the text, contraction included
    std::size_t end = 0;
    bool capitalized = false;
    bool hyphenated = false;
    std::uint8_t kinds = 0;  // word_kind bits
};

// The tokens of a clause and the lowercase bytes their words view. A list is meant to be reused
// from one clause to the next: once it has grown, tokenizing allocates nothing, and its bytes are
// not cleared between uses.
class token_list {
public:
    std::vector<token> tokens;

    // Empties the list, with room for the words of `bytes` bytes of text: it is not reallocated
    // (which would move the bytes its words view) until the next reset.
    void reset(std::size_t bytes) {
        tokens.clear();
        used_ = 0;
        if (room_ < bytes) {
            room_ = std::max(bytes, 2 * room_);
            // Eight bytes more: the tokenizer stores eight lowercase bytes at a time.
            chars_ = std::make_unique_for_overwrite<char[]>(room_ + 8);
        }
    }
    // Where the next word's bytes go: room for the bytes given to reset, and eight more.
    char* next_chars() { return chars_.get() + used_; }
    std::string_view take(std::size_t bytes) {
        const std::string_view word(chars_.get() + used_, bytes);
        used_ += bytes;
        return word;
    }
    std::size_t room_left() const { return room_ - used_; }

private:
    std::unique_ptr<char[]> chars_;
    std::size_t room_ = 0;
    std::size_t used_ = 0;
};

// Length of an apostrophe at s[i] (' or ’), else 0.
std::size_t apostrophe_length(std::string_view s, std::size_t i);

// The words of s[c.begin, c.end) appended to `out` while it has fewer than `max_tokens`: runs of
// ASCII letters and digits, joined by an apostrophe or a hyphen followed by one. `out` must have
// room for c.end - c.begin bytes (its reset). Returns where it stopped: c.end, or the end of the
// last word read (reading on from there gives the words that reading on would have given).
std::size_t tokenize(std::string_view s, clause_bounds c, token_list& out, std::size_t max_tokens = SIZE_MAX);

}  // namespace dateline::clause_detail
