// Day numbers that lean on a date beside them: "10-12 October", "from 15 to 22 February",
// "April 8-12", "May 4 and 5", "May 2 - 3, 9 - 10, 16 - 17". The bare number is a day of the
// same month (and year) as the date it is joined to, and TimeML annotates it as one of its own
// (WikiWars, the tweet gold). The grammar sees only the date; this adds the numbers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dateline/parser/recognize.hpp"

namespace dateline::detail {

// Adds to found[from, end) (matches in text order over the folded text `folded`) the day
// numbers joined to one of them, keeping text order. A number joined before the date is smaller
// than its day, one after it larger: a range or a list runs forward.
void add_days_of_ranges(std::string_view folded, std::vector<recognized>& found, std::size_t from);

}  // namespace dateline::detail
