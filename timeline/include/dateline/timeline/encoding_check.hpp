// Finds where a text stops being valid UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dateline::detail {

// Length of the valid UTF-8 sequence at text[i], or 0 when there is none.
std::size_t valid_sequence_length(std::string_view text, std::size_t i);

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace dateline::detail
