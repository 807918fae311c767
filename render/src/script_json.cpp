#include "script_json.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace dateline::render_detail {
namespace {

// Length of the UTF-8 sequence that starts with `lead` (1 for bytes that start none).
std::size_t sequence_length(std::uint8_t lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

// Code points that an HTML parser reports as errors even inside <script> (DEL, C1 controls,
// noncharacters), and the two that end lines in older JavaScript.
bool needs_escape(std::uint32_t cp) {
    return cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu ||
           cp == 0x2028 || cp == 0x2029;
}

std::string unicode_escape(std::uint32_t cp) {
    if (cp < 0x10000) return fmt::format("\\u{:04x}", cp);
    const std::uint32_t v = cp - 0x10000;
    return fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FFu));
}

}  // namespace

std::string script_safe(std::string_view json_text) {
    std::string out;
    out.reserve(json_text.size());
    bool after_brace = false;  // the last character written was a '{' as such
    for (std::size_t i = 0; i < json_text.size();) {
        const auto lead = static_cast<std::uint8_t>(json_text[i]);
        const bool opens_template_tag = after_brace && (lead == '{' || lead == '%' || lead == '#');
        const bool ends_comment = lead == '#' && i + 1 < json_text.size() && json_text[i + 1] == '}';
        after_brace = lead == '{' && !opens_template_tag;
        if (lead == '<' || lead == '>' || lead == '&' || opens_template_tag || ends_comment) {
            out += unicode_escape(lead);
            ++i;
            continue;
        }
        const std::size_t length = sequence_length(lead);
        if (length > json_text.size() - i) {  // a cut sequence: left as it is
            out += json_text.substr(i);
            break;
        }
        std::uint32_t cp = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<std::uint8_t>(json_text[i + k]) & 0x3Fu);
        if (needs_escape(cp)) out += unicode_escape(cp);
        else out += json_text.substr(i, length);
        i += length;
    }
    return out;
}

}  // namespace dateline::render_detail
