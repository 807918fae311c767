#include "dateline/timeline/encoding_check.hpp"

#include <cstdint>
#include <cstring>

namespace dateline::detail {
namespace {

bool is_ascii8(const char* p) {
    std::uint64_t block = 0;
    std::memcpy(&block, p, sizeof block);
    return (block & 0x8080808080808080ULL) == 0;
}

}  // namespace

std::size_t valid_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
    const unsigned b0 = byte(0);
    if (b0 < 0x80) return 1;
    const auto cont = [&](std::size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned b1 = byte(1);
        if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
        if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogates
        return cont(1) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned b1 = byte(1);
        if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
        if (b0 == 0xF4 && b1 >= 0x90) return 0;  // above U+10FFFF
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Most of a text is ASCII: skipped eight bytes at a time.
        while (i + 8 <= text.size() && is_ascii8(text.data() + i)) i += 8;
        if (i >= text.size()) break;
        const std::size_t n = valid_sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::nullopt;
}

}  // namespace dateline::detail
