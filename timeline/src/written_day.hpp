// A calendar day as pages write it, in the languages of the pages dateline reads (English,
// German, French, Italian, Spanish): "24 April 2025", "April 24th, 2025", "24. April 2025",
// "le 1er avril 2025", "24 de abril de 2025", "24.04.2025", "2025-04-24", "2025/04/24".
#pragma once

#include <optional>
#include <string_view>

#include <date/date.h>

#include "cursor.hpp"

namespace dateline::detail {

// Years a publication date can have; a page dated outside them is wrong, not old or new.
inline constexpr int first_publication_year = 1990;
inline constexpr int last_publication_year = 2099;

// "april", "Apr", "avril", "März", "Maerz", "févr", "giugno", "setiembre": 1..12.
std::optional<unsigned> month_of_name(std::string_view word);

// Reads a day at c.pos and moves past it; leaves c unchanged and returns nullopt when there is
// none. A weekday name before the day ("Thursday, ", "Donnerstag, ", "jeudi ") is read with it.
// Numeric days with slashes are read only when the order is certain (a part above 12).
std::optional<date::local_days> read_written_day(cursor& c);

// The UTF-8 letters of a word at c.pos (ASCII letters and any non-ASCII bytes), moved past.
std::string_view read_letters(cursor& c);

}  // namespace dateline::detail
