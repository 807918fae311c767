// The reporting comparison in Markdown: a line under an event saying who reported it first and
// how many days later the others did, a "sources disagree" note, and the per-source summary.
#pragma once

#include <string>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

// "*first reported by A (Thu 22 Apr 2010); 1 day later by B, 3 days later by C, and 2 more*", or
// "" when fewer than two dated documents report g.
std::string reporting_markdown(const chronology& c, const event_group& g);

// "**sources disagree:** other reports date it 2010-04-21", or "".
std::string disagreement_markdown(const chronology& c, const event_group& g);

// "\n## Sources\n\n| Source | ... |" when the documents come from several sources, else "".
std::string sources_markdown(const chronology& c);

}  // namespace dateline::render_detail
