// JSON that can sit inside an HTML <script> element, or be pasted into JavaScript source, as it is.
#pragma once

#include <string>
#include <string_view>

namespace dateline::render_detail {

// Serialised JSON (valid UTF-8) with '<', '>' and '&' written as \u003c, \u003e, \u0026 (so
// that neither "</script>" nor "<!--" can end or change the script element), U+2028 and U+2029 as
// \u2028, \u2029 (line terminators in older JavaScript), and DEL, C1 controls and noncharacters,
// which an HTML parser reports as errors, as \u escapes too; and no "{{", "{%", "{#" or "#}" is left
// for the template engine of a static-site generator that includes the page (the '{', '%' or '#'
// that makes the pair is escaped). Outside strings JSON has none of these characters or pairs,
// so the result is the same JSON value.
std::string script_safe(std::string_view json_text);

}  // namespace dateline::render_detail
