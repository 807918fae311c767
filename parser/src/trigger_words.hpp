// The cheap test run at every word start before the grammar is tried: a digit, an apostrophe
// before digits ("'90s"), or one of the words that can begin a temporal expression.
#pragma once

#include <string_view>

namespace dateline {

// `word` is the run of ASCII letters at a word start of the folded (lowercase) text.
bool is_trigger_word(std::string_view word);

}  // namespace dateline
