// The grammar's expression at one position of folded text (ascii_fold.hpp), found either the way
// recognize() finds it (only the alternatives that can begin with the word there) or by trying
// every alternative in order. For tests: the two must always agree.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "dateline/parser/ast.hpp"

namespace dateline {

struct expression_match {
    std::size_t end = 0;
    temporal_ast ast;
};

enum class alternatives_tried { by_first_word, every_one };

std::optional<expression_match> match_expression(std::string_view folded, std::size_t at, alternatives_tried how);

}  // namespace dateline
