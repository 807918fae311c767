// Sentence splitting that survives copied news text: abbreviations, initials, decimals, quotes,
// titles and bullets on lines of their own, and page clutter ("Most Read from Bloomberg").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// Sentences of content[body_begin, end), in text order, as byte spans into content. A sentence
// ends at . ! ? (closing quotes after it stay in it) followed by the start of another sentence,
// and at every line break unless the next line goes on in lowercase. Bullet markers, leading and
// trailing white space are not part of a sentence; clutter lines are no sentence at all, and a
// line that ends the article ("LEAVE A REPLY", "Related") ends the splitting.
std::vector<sentence_span> split_sentences(std::string_view content, std::size_t body_begin = 0);

// The sentence as one line: white space (including no-break spaces and line breaks) folded.
std::string sentence_text(std::string_view content, sentence_span s);

}  // namespace dateline
