#include "display_text.hpp"

#include <cstdint>
#include <iterator>
#include <vector>

namespace dateline::render_detail {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

struct decoded {
    std::uint32_t cp = 0;
    std::size_t length = 0;  // 0: not a valid UTF-8 sequence
};

decoded decode(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[i + k]); };
    const std::uint8_t b0 = byte(0);
    if (b0 < 0x80) return {b0, 1};
    std::size_t length = 0;
    std::uint32_t cp = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) { length = 2; cp = b0 & 0x1fu; }
    else if (b0 >= 0xe0 && b0 <= 0xef) { length = 3; cp = b0 & 0x0fu; }
    else if (b0 >= 0xf0 && b0 <= 0xf4) { length = 4; cp = b0 & 0x07u; }
    else return {};
    if (text.size() - i < length) return {};
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(k) & 0xc0u) != 0x80u) return {};
        cp = (cp << 6) | (byte(k) & 0x3fu);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return {};
    return {cp, length};
}

bool is_control(std::uint32_t cp) {
    const bool allowed_space = cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r';
    return (cp < 0x20 && !allowed_space) || (cp >= 0x7f && cp <= 0x9f);
}

bool is_noncharacter(std::uint32_t cp) { return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffeu) == 0xfffeu; }

enum class bidi { none, opens_embedding, opens_isolate, closes_embedding, closes_isolate, mark };

bidi bidi_kind(std::uint32_t cp) {
    switch (cp) {
    case 0x202a: case 0x202b: case 0x202d: case 0x202e: return bidi::opens_embedding;  // LRE RLE LRO RLO
    case 0x2066: case 0x2067: case 0x2068: return bidi::opens_isolate;                  // LRI RLI FSI
    case 0x202c: return bidi::closes_embedding;                                          // PDF
    case 0x2069: return bidi::closes_isolate;                                            // PDI
    case 0x200e: case 0x200f: case 0x061c: return bidi::mark;                            // LRM RLM ALM
    default: return bidi::none;
    }
}

constexpr std::string_view pdf = "\xE2\x80\xAC";  // U+202C POP DIRECTIONAL FORMATTING
constexpr std::string_view pdi = "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE

}  // namespace

std::string displayable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::vector<bidi> open;  // what the text has opened and not yet closed, innermost last
    for (std::size_t i = 0; i < text.size();) {
        const decoded d = decode(text, i);
        if (d.length == 0 || is_control(d.cp) || is_noncharacter(d.cp)) {
            out += replacement;
            i += d.length == 0 ? 1 : d.length;
            continue;
        }
        switch (bidi_kind(d.cp)) {
        case bidi::opens_embedding: open.push_back(bidi::opens_embedding); break;
        case bidi::opens_isolate: open.push_back(bidi::opens_isolate); break;
        // As in the Unicode bidirectional algorithm: PDF closes an embedding only inside the
        // innermost isolate; PDI closes the innermost isolate and every embedding inside it.
        case bidi::closes_embedding:
            if (!open.empty() && open.back() == bidi::opens_embedding) open.pop_back();
            break;
        case bidi::closes_isolate:
            for (auto it = open.rbegin(); it != open.rend(); ++it) {
                if (*it != bidi::opens_isolate) continue;
                open.erase(std::next(it).base(), open.end());
                break;
            }
            break;
        default: break;
        }
        out.append(text.substr(i, d.length));
        i += d.length;
    }
    for (auto it = open.rbegin(); it != open.rend(); ++it) out += *it == bidi::opens_isolate ? pdi : pdf;
    return out;
}

bool has_only_plain_characters(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const decoded d = decode(text, i);
        if (d.length == 0 || is_control(d.cp) || is_noncharacter(d.cp) || bidi_kind(d.cp) != bidi::none) return false;
        i += d.length;
    }
    return true;
}

}  // namespace dateline::render_detail
