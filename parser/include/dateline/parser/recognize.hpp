// Finds temporal expressions in text: a single left-to-right pass with a cheap trigger test at
// each word start before the Spirit X3 grammar is tried; longest match wins, matches never overlap.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dateline/parser/ast.hpp"

namespace dateline {

struct recognized {
    std::size_t begin = 0;  // byte offsets into the text given to recognize()
    std::size_t end = 0;
    temporal_ast ast;
};

// What kind of text is read. `informal`: a short post (a tweet), where lowercase holidays and
// months ("xmas", "aug") count and bare nouns are expressions ("a long day", "at night",
// "winter"), as the tweet gold tags them; news tags none of these.
struct recognize_options {
    bool informal = false;
};

std::vector<recognized> recognize(std::string_view text, recognize_options options = {});

// Appends to `out` instead of returning a fresh vector (reuse across documents).
void recognize(std::string_view text, std::vector<recognized>& out, recognize_options options = {});

}  // namespace dateline
