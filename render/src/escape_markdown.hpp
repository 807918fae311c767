// Making text safe to put into GitHub-flavoured Markdown.
#pragma once

#include <string>
#include <string_view>

namespace dateline::render_detail {

// Inline text that stays text: runs of white space folded to one space (no line can start a block),
// and every character that could start emphasis, code, a link, an image, raw HTML, an entity, a
// heading, a list, a quote, a table cell or an autolink (URL, www., e-mail) is backslash-escaped.
// The text is made displayable first (display_text.hpp).
std::string escape_markdown(std::string_view text);

// A code span holding `text` verbatim, fenced with more backticks than it contains.
std::string markdown_code(std::string_view text);

// A link destination for [label](destination): bytes that could end or break it are
// percent-encoded. Only given URLs already known to be http(s).
std::string markdown_link_destination(std::string_view url);

}  // namespace dateline::render_detail
