// Finds what makes a text unsafe to show as UTF-8: an invalid byte sequence or a NUL byte.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dateline::detail {

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

std::optional<std::size_t> first_nul(std::string_view text);

}  // namespace dateline::detail
