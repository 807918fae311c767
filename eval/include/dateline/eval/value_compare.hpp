// When two TIMEX3 values count as the same. Only spellings of one value are made equal:
//   - white space around the value is ignored;
//   - a time of day with zero seconds equals the same time without seconds
//     ("1998-08-07T10:35:00" = "1998-08-07T10:35").
// Nothing else is normalised: "1998-08-07" and "1998-08-07T10:35" differ, as do "P1D" and
// "PT24H", "PRESENT_REF" and "present_ref".
#pragma once

#include <string>
#include <string_view>

namespace dateline {

std::string normalize_timex_value(std::string_view value);

bool same_timex_value(std::string_view a, std::string_view b);

}  // namespace dateline
