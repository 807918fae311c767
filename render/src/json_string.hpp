// A JSON string literal with nlohmann::json's bytes (dump without ensure_ascii, invalid UTF-8
// replaced by U+FFFD), appended to a string without building a json value.
#pragma once

#include <array>
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

void append_json_string(std::string& out, std::string_view s);

}  // namespace dateline::render_detail
