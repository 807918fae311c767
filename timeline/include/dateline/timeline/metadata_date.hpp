// Dates as web pages, feeds and crawler records write them in their metadata: ISO 8601 with or
// without a zone ("2025-04-24T08:00:00+02:00", "2025-04-24 08:00:00", "20250424"), RFC 822
// ("Thu, 24 Apr 2025 08:00:00 +0200"), numeric day-first forms ("24.04.2025 08:00"), month
// names in English, German, French, Italian and Spanish ("April 24, 2025", "24. April 2025",
// "24 avril 2025"), and Unix time in seconds or milliseconds. Pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline {

// The whole text must be one date (a time of day and zone after it are read when present).
// Years outside 1990..2099 are refused: nullopt.
std::optional<publication_time> parse_metadata_date(std::string_view text);

// The first day written anywhere in a short text ("Published 24 April 2025 | 10:32",
// "Veröffentlicht am 24.04.2025", "le 24 avril 2025 à 8h"), with where it starts and ends.
struct written_date {
    publication_time when;
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::optional<written_date> find_written_date(std::string_view text);

}  // namespace dateline
