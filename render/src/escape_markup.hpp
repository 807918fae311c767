// Making text safe to put into HTML and XML.
#pragma once

#include <string>
#include <string_view>

namespace dateline::render_detail {

// For HTML text and attribute values: & < > " ' become character references, after the text is
// made displayable (display_text.hpp: no invalid UTF-8, controls or unclosed bidi overrides).
// So do '{' and '}': a page included by a static-site generator goes through its template engine
// (Liquid's {{ }} and {% %}, Go's {{ }}, Nunjucks' {# #}, which also fails on a stray "#}"), which
// must find no tag in article text.
std::string escape_html(std::string_view text);

// For XML (TimeML) text and attribute values, keeping byte offsets: & < > " ' become references,
// "\r" becomes "&#13;" (a parser would otherwise turn "\r\n" into "\n"), and bytes XML 1.0 cannot
// hold (control characters, invalid UTF-8) are replaced one for one by a space or '?', so the
// unescaped text has exactly as many bytes as the input.
std::string escape_xml(std::string_view text);

}  // namespace dateline::render_detail
