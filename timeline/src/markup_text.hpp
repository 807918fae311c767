// The text of an HTML fragment (an RSS description, an Atom summary, a record's "content"):
// tags removed, entities decoded, scripts and styles dropped, a blank line between blocks.
#pragma once

#include <string>
#include <string_view>

namespace dateline::detail {

// True when the text holds HTML tags ("<p>", "</a>", "<br/>") rather than being plain text.
bool looks_like_markup(std::string_view text);

// Runs of white space inside a block folded to one space; paragraphs and other blocks separated
// by a blank line, <br> by a line break; the result ends without white space.
std::string text_of_markup(std::string_view html);

}  // namespace dateline::detail
