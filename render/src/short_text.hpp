// A sentence shortened to a headline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline::render_detail {

// The text as it is when it has at most `max_bytes` bytes; else cut at the last space within them
// (or, with no space, at the last whole UTF-8 character) with "…" added.
std::string shortened(std::string_view text, std::size_t max_bytes);

// The headline length used for TimelineJS slides and JSON-LD event names.
inline constexpr std::size_t headline_bytes = 100;

}  // namespace dateline::render_detail
