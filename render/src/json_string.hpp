// A JSON string literal with nlohmann::json's bytes (dump without ensure_ascii, invalid UTF-8
// replaced by U+FFFD), appended to a string without building a json value.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace dateline::render_detail {

// Printable ASCII other than '"' and '\\': copied into a JSON string as it is.
inline constexpr auto plain_json_bytes = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0x20; c < 0x7F; ++c) table[c] = c != '"' && c != '\\';
    return table;
}();

inline bool is_plain_json_byte(char c) { return plain_json_bytes[static_cast<unsigned char>(c)]; }

// Whether none of the eight bytes of `block` is a control byte, above 0x7E, '"' or '\\'. A byte
// below n sets its high bit in (block - n) & ~block (any borrow starts at such a byte).
inline bool is_plain8(std::uint64_t block) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high = ones * 0x80;
    const auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & high) != 0; };
    const bool control = ((block - ones * 0x20) & ~block & high) != 0;
    return !control && (block & high) == 0 && !has_zero(block ^ (ones * 0x7F)) && !has_zero(block ^ (ones * '"')) &&
           !has_zero(block ^ (ones * '\\'));
}

// Copies `s` to `to` if all its bytes are plain (else what was copied is to be ignored), eight
// bytes at a time: `to` must have room for s.size() + 8 bytes. For the short strings of a JSON
// line (keys, values, rules), a check and a copy in a few loads and stores.
inline bool copy_plain(std::string_view s, char* to) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t block = 0;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 <= n; i += 8) {
            std::memcpy(&block, p + i, 8);
            if (!is_plain8(block)) return false;
            std::memcpy(to + i, &block, 8);
        }
        std::memcpy(&block, p + n - 8, 8);  // the last eight, again in part
        std::memcpy(to + n - 8, &block, 8);
        return is_plain8(block);
    }
    // Fewer than eight: two loads that overlap, the rest of the block filled with a plain byte.
    if (n >= 4) {
        std::uint32_t lo = 0;
        std::uint32_t hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        std::memcpy(to, &lo, 4);
        std::memcpy(to + n - 4, &hi, 4);
        if constexpr (std::endian::native == std::endian::little) {
            block = lo | (std::uint64_t{hi} << (8 * (n - 4)));
            const std::uint64_t filler = 0x6161616161616161ULL << (8 * n);  // 'a' after the n bytes
            return is_plain8(block | filler);
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) to[i] = p[i];
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!is_plain_json_byte(p[i])) return false;
    return true;
}

void append_json_string(std::string& out, std::string_view s);

}  // namespace dateline::render_detail
