// What kind of text a document is, where the kinds are tagged by different conventions.
#pragma once

#include <string_view>

namespace dateline {

// A short post (a tweet, a status line): at most 280 bytes of text, one paragraph. News items,
// even a two-sentence brief, run longer or have paragraphs.
bool is_short_post(std::string_view body);

}  // namespace dateline
