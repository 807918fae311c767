// The chronology as JSON (docs/json-schema.md): documents, dated events with their reports and
// timexes, undated events, diagnostics. Keys in a fixed order, so the same chronology always
// gives the same bytes.
#pragma once

#include <string>

#include "dateline/render/byte_sink.hpp"
#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

inline constexpr const char* dateline_json_version = "0.1";

// Handed to `sink` piece by piece while it is written (render_options::threads at work).
void write_json(const chronology& c, const render_options& o, const byte_sink& sink);
std::string render_json(const chronology& c, const render_options& o);

}  // namespace dateline
