// The reporting comparison in HTML (classes in html.hpp): the "first reported by" line, the
// "sources disagree" note, and the per-source summary table.
#pragma once

#include <string>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

// <p class="dateline-reporting">first reported by …; 1 day later by …</p>, or "".
std::string reporting_html(const chronology& c, const event_group& g);

// <p class="dateline-disagree"><strong>sources disagree:</strong> other reports date it …</p>, or "".
std::string disagreement_html(const chronology& c, const event_group& g);

// <h{level}>Sources</h{level}> and <table class="dateline-sources"> when there are several sources.
std::string sources_html(const chronology& c, int level);

}  // namespace dateline::render_detail
