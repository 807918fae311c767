#include "ascii_fold.hpp"

#include <cstdint>
#include <cstring>

#include "dateline/parser/huge_pages.hpp"

namespace dateline {
namespace {

// The ASCII stand-in for U+2010..U+201F (E2 80 90..9F), or 0 when there is none.
char fold_punctuation(unsigned char third_byte) {
    switch (third_byte) {
    case 0x90: case 0x91: case 0x92: case 0x93: return '-';   // hyphens, figure dash, en dash
    case 0x94: case 0x95: return ';';                         // em dash, horizontal bar: a clause break
    case 0x98: case 0x99: case 0x9B: return '\'';             // single quotes
    case 0x9C: case 0x9D: case 0x9F: return '"';              // double quotes
    default: return 0;
    }
}

constexpr std::size_t block = 16;

// Whether the `block` bytes at p are all ASCII (most of a text: lowercased without a branch per byte).
bool is_ascii_block(const char* p) {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + 8, 8);
    return ((a | b) & 0x8080808080808080ULL) == 0;
}

// The eight ASCII bytes of `bytes` with A-Z made a-z, without a branch per byte: a byte is an
// uppercase letter when adding 0x80 - 'A' sets its high bit and adding 0x7F - 'Z' does not (no
// carry crosses bytes: every byte is below 0x80).
std::uint64_t lower_ascii8(std::uint64_t bytes) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    const std::uint64_t at_least_a = bytes + ones * (0x80 - 'A');
    const std::uint64_t above_z = bytes + ones * (0x7F - 'Z');
    const std::uint64_t upper = at_least_a & ~above_z & (ones * 0x80);
    return bytes | (upper >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

char lower_ascii(char c) {
    const auto u = static_cast<unsigned char>(c);
    return static_cast<char>(u + ((static_cast<unsigned>(u - 'A') < 26U) ? ('a' - 'A') : 0));
}

}  // namespace

void fold_to_ascii(std::string_view text, std::string& out) {
    out.clear();
    reserve_huge(out, text.size());
    out.assign(text);
    const std::size_t n = out.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + block <= n && is_ascii_block(out.data() + i)) {
            for (std::size_t k = 0; k < block; k += 8) {
                std::uint64_t eight = 0;
                std::memcpy(&eight, out.data() + i + k, 8);
                eight = lower_ascii8(eight);
                std::memcpy(out.data() + i + k, &eight, 8);
            }
            i += block;
            continue;
        }
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x80) {
            out[i++] = lower_ascii(static_cast<char>(c));
            continue;
        }
        if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(out[i + 1]) == 0xA0) {
            out[i] = ' ';
            out[i + 1] = ' ';
            i += 2;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(out[i + 1]) == 0x80) {
            if (const char folded = fold_punctuation(static_cast<unsigned char>(out[i + 2]))) {
                out[i] = folded;
                out[i + 1] = '\x01';
                out[i + 2] = '\x01';
                i += 3;
                continue;
            }
        }
        out[i++] = '\x7F';
    }
}

}  // namespace dateline
