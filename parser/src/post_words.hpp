// Bare nouns that short informal posts use as temporal expressions and news does not: "a long
// day" (P1D), "at night" (tonight), "this wknd" aside, "the weekend", "winter", "the future".
// The tweet gold tags them; in news they are mostly not timexes, so recognize() looks for them
// only when asked to (recognize_options::informal).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "dateline/parser/recognize.hpp"

namespace dateline::detail {

// The post word starting at `at` in `folded` (lowercase ASCII), with an article before a part of
// day ("the morning", "an afternoon"); `at` is a word start.
std::optional<recognized> match_post_word(std::string_view folded, std::size_t at);

}  // namespace dateline::detail
