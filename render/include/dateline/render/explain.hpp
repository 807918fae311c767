// How one expression was resolved, for --explain:
// "“last night” → 2025-04-23TNI by part_of_day.last_night from DCT 2025-04-24".
#pragma once

#include <string>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// A piece of an explanation; `code` pieces are values and rule names (shown as code), the others
// are words. Writers escape each piece for their format.
struct explain_piece {
    std::string text;
    bool code = false;
};

std::vector<explain_piece> explain_pieces(const timex& t);

// Where a document's publication date came from, for --explain's list of documents:
// "a.md: 2025-04-24 from front matter (front matter line 2: published: 2025-04-24)",
// "b.txt: no publication date".
std::vector<explain_piece> publication_pieces(const document& d);

// The pieces joined as plain text.
std::string explain_text(const timex& t);

}  // namespace dateline
