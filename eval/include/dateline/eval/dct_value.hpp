// The creation time of a gold document, given as a TIMEX3 value: "1998-08-07",
// "1998-08-07T10:35" or "1998-08-07T10:35:00" (seconds are checked, then dropped: a publication
// time keeps minutes). nullopt for anything else, including zones and partial dates.
#pragma once

#include <optional>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline {

std::optional<publication_time> parse_dct_value(std::string_view value);

}  // namespace dateline
