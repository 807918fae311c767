// The sentence of an event cut into plain and marked pieces, so that writers can highlight the
// phrase that dates it (or, for undated events, the phrases left unresolved).
#pragma once

#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

struct text_piece {
    std::string_view text;  // a view into event::text
    bool marked = false;
};

// Each timex's text (white space folded) is looked for in the sentence in text order, and the
// chosen ones are cut out as marked pieces: the timex that dates a dated event, or the unresolved
// ones of an undated event. A phrase that cannot be found is left unmarked rather than guessed at.
std::vector<text_piece> mark_dating_phrase(const event& e);
std::vector<text_piece> mark_unresolved_phrases(const event& e);

}  // namespace dateline::render_detail
