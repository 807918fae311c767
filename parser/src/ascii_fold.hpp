// The grammar sees lowercase ASCII only: Spirit's character functions require bytes that fit in
// an unsigned char (a plain `char` above 0x7F is negative), and matching lowercase words without
// no_case[] is several times faster. The recognizer therefore parses a folded copy of the text of
// the same length, so every offset still points into the original: A-Z become a-z, a no-break
// space becomes two spaces, typographic quotes and dashes become their ASCII form followed by
// \x01 filler bytes, and every other byte above 0x7F becomes \x7F (not a word character).
// Checks that need the original capitals ("May" the month) look at the original text.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

void fold_to_ascii(std::string_view text, std::string& out);

}  // namespace dateline
