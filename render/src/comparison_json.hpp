// The JSON fields of the reporting comparison (docs/json-schema.md): an event's salience and
// first_reported, a report's lag_days, the chronology's disagreements.
#pragma once

#include "dateline/timeline/event.hpp"
#include "json_line.hpp"

namespace dateline::render_detail {

// The salience score rounded to three decimals, or null.
void write_salience(json_line& w, const event_group& g);

// {"document": ID, "published": "2025-04-24"} of the earliest report, or null.
void write_first_reported(json_line& w, const chronology& c, const event_group& g);

// The publication day of e's document minus g's first day, or null.
void write_lag_days(json_line& w, const chronology& c, const event_group& g, const event& e);

// [{"dates": [...], "reports": [{"document", "sentence"}, ...]}, ...]
void write_disagreements(json_line& w, const chronology& c);

}  // namespace dateline::render_detail
