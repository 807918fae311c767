// What the Markdown and HTML writers show of the reporting comparison: who reported a group
// first and how many days later the others did, the dates other sources give the same happening,
// and whether a per-source summary is worth showing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

struct later_report {
    const document* doc;
    long days_after_first;
};

// The first report's document, then every other document reporting the group with how many
// days after the first it published, in publication order; at most `shown` of them, `more`
// counting the rest.
struct reporting_order {
    const document* first = nullptr;
    std::vector<later_report> later;
    std::size_t more = 0;
};

inline constexpr std::size_t later_reports_shown = 3;

// Present when at least two dated documents report the group.
std::optional<reporting_order> reporting_of(const chronology& c, const event_group& g);

// The TIMEX3 values other reports of the same happening give, when sources disagree (ascending).
std::vector<std::string> disagreeing_dates(const chronology& c, const event_group& g);

// The per-source summary is shown when the documents come from at least two sources.
bool several_sources(const chronology& c);

// "1 day later", "3 days later", "the same day", "2 days earlier".
std::string days_later_text(long days);

}  // namespace dateline::render_detail
