// The first bytes of a fuzz input read as a resolve context (DCT, time of day, tense, narrative
// time), the rest as text, so the fuzzer explores dates and words together.
//
// Header, 8 bytes (missing bytes read as 0):
//   0-2  DCT: signed 24-bit day offset from 2025-04-24 (0x800000 is that day), clamped to
//        0000-01-01 .. 9999-12-31, the days a publication date can be
//   3    flags: bit 0 dated, bit 1 time of day given, bits 2-3 tense, bit 4 narrative time given
//   4-5  time of day in minutes (mod 1440)
//   6-7  narrative time: signed 16-bit day offset from the DCT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline::fuzz {

inline constexpr std::size_t context_header_size = 8;

struct fuzzed_context {
    resolve_context ctx;
    std::string_view text;  // the bytes after the header
};

fuzzed_context take_context(const std::uint8_t* data, std::size_t size);

}  // namespace dateline::fuzz
