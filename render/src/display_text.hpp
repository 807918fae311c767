// Text from articles made fit to show on a page: whatever the bytes were, what comes out is valid
// UTF-8 that an HTML parser accepts without error and that cannot change how the text after it
// is laid out.
#pragma once

#include <string>
#include <string_view>

namespace dateline::render_detail {

// Invalid UTF-8, control characters (other than tab, line feed, form feed and carriage return)
// and noncharacters become U+FFFD; bidirectional embeddings, overrides and isolates the text
// opens (U+202A-U+202E, U+2066-U+2069) are closed at its end, so that a title, a source or a
// sentence cannot reverse the renderer's words that follow it.
std::string displayable(std::string_view text);

// True when the text is valid UTF-8 with no control, noncharacter or bidirectional formatting
// character at all: what a URL must be to become a link.
bool has_only_plain_characters(std::string_view text);

}  // namespace dateline::render_detail
