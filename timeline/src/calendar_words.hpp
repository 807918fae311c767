// Month and weekday names as datelines write them ("April", "Apr", "Sept"; "Thursday", "Thu").
// Lowercase; looked up case-insensitively.
#pragma once

#include <optional>
#include <string_view>

namespace dateline::detail {

std::optional<unsigned> month_number(std::string_view word);  // 1..12
bool is_weekday_name(std::string_view word);

}  // namespace dateline::detail
