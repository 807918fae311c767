#include "escape_markup.hpp"

#include <cstdint>

#include "display_text.hpp"

namespace dateline::render_detail {
namespace {

const char* reference_for(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return nullptr;
    }
}

// Length of the valid UTF-8 sequence at text[i] that XML 1.0 allows, or 0.
std::size_t xml_char_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
    const std::uint8_t b0 = byte(i);
    if (b0 < 0x80) return (b0 >= 0x20 || b0 == '\t' || b0 == '\n' || b0 == '\r') && b0 != 0x7f ? 1 : 0;
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) { length = 2; cp = b0 & 0x1fu; }
    else if (b0 >= 0xe0 && b0 <= 0xef) { length = 3; cp = b0 & 0x0fu; }
    else if (b0 >= 0xf0 && b0 <= 0xf4) { length = 4; cp = b0 & 0x07u; }
    else return 0;
    if (text.size() - i < length) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3fu);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    const bool surrogate = cp >= 0xd800 && cp <= 0xdfff;
    const bool non_character = cp == 0xfffe || cp == 0xffff;
    if (overlong || surrogate || non_character || cp > 0x10ffff) return 0;
    return length;
}

}  // namespace

std::string escape_html(std::string_view raw) {
    const std::string text = displayable(raw);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        if (const char* ref = reference_for(c)) out += ref;
        else if (c == '{') out += "&#123;";
        else if (c == '}') out += "&#125;";
        else out += c;
    }
    return out;
}

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = xml_char_length(text, i);
        if (length == 0) {
            out += static_cast<std::uint8_t>(text[i]) < 0x80 ? ' ' : '?';
            ++i;
        } else if (text[i] == '\r') {
            out += "&#13;";
            ++i;
        } else if (const char* ref = reference_for(text[i])) {
            out += ref;
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

}  // namespace dateline::render_detail
