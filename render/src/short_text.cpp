#include "short_text.hpp"

namespace dateline::render_detail {

std::string shortened(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t cut = text.substr(0, max_bytes + 1).rfind(' ');
    if (cut == std::string_view::npos || cut == 0) {
        cut = max_bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) --cut;
    }
    std::string_view kept = text.substr(0, cut);
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';' || kept.back() == ':'))
        kept.remove_suffix(1);
    return std::string(kept) + "…";
}

}  // namespace dateline::render_detail
