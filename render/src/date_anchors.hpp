// Permalinks for dates: the id of a date heading in HTML, which TimelineJS slides and the index of
// a long chronology link to.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::render_detail {

// "date-" and the TIMEX3 value's ASCII letters, digits and '-' ("2025-04-23TNI" gives
// "date-2025-04-23TNI", "2025-04-23T18:00" gives "date-2025-04-23T1800"): stable across runs, so a
// link to a date keeps working when the chronology is rebuilt with more articles.
std::string date_anchor(std::string_view timex_value);

// The ids asked for, with "-2", "-3", ... added to repeats so that every one is unique.
std::vector<std::string> unique_ids(const std::vector<std::string>& wanted);

}  // namespace dateline::render_detail
