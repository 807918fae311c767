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

std::vector<recognized> recognize(std::string_view text);

// Appends to `out` instead of returning a fresh vector (reuse across documents).
void recognize(std::string_view text, std::vector<recognized>& out);

}  // namespace dateline
