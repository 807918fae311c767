// Publication times as feeds and crawler records write them: ISO 8601 (parse_publication_time)
// or RFC 822 / RFC 1123 ("Thu, 24 Apr 2025 21:10:00 +0300", "24 Apr 2025 21:10 GMT").
#pragma once

#include <optional>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline::detail {

// RFC 822 zones are kept as offsets ("+03:00"; "GMT", "UT", "Z" as "Z"; "EST" as "-05:00").
// A two-digit year is 19YY from 50, 20YY below. nullopt when the text is neither form.
std::optional<publication_time> parse_feed_time(std::string_view text);

}  // namespace dateline::detail
