// The grammar sees ASCII only: Spirit's character functions (no_case, digit) require bytes that
// fit in an unsigned char, and a plain `char` above 0x7F is negative. The recognizer therefore
// parses a folded copy of the text of the same length, so every offset still points into the
// original: a no-break space becomes two spaces, typographic quotes and dashes become their ASCII
// form followed by \x01 filler bytes, and every other byte above 0x7F becomes \x7F (not a word
// character).
#pragma once

#include <string>
#include <string_view>

namespace dateline {

void fold_to_ascii(std::string_view text, std::string& out);

}  // namespace dateline
