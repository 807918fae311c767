// Navigation in a long chronology: a permalink id for every date heading, and an index by month
// (or by year when there are many months) at the top when there are many dates.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

// One date heading: the event groups [first, last) sharing its TIMEX3 value, and its id.
struct date_heading {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string id;  // date_anchor of the value, unique in the chronology
};

std::vector<date_heading> date_headings(const std::vector<event_group>& dated);

// One link of the index: "March 2025" (or "2025") to the first heading in that month (year).
struct index_entry {
    std::string label;
    std::string target;  // a date_heading id
};

// From this many date headings on, the chronology gets an index.
inline constexpr std::size_t index_min_headings = 12;
// An index by month with more entries than this is made by year instead.
inline constexpr std::size_t index_max_months = 24;

// Empty when there are fewer than index_min_headings headings or the index would have one entry.
// Headings of a year or longer are indexed under their first year.
std::vector<index_entry> date_index(const std::vector<event_group>& dated, const std::vector<date_heading>& headings);

}  // namespace dateline::render_detail
