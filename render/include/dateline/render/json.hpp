// The chronology as JSON (docs/json-schema.md): documents, dated events with their reports and
// timexes, undated events, diagnostics. Keys in a fixed order, so the same chronology always
// gives the same bytes.
#pragma once

#include <string>

#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

inline constexpr const char* dateline_json_version = "0.1";

std::string render_json(const chronology& c, const render_options& o);

}  // namespace dateline
