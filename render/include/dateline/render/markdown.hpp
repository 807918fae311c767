// The chronology as GitHub-flavoured Markdown: a heading per date, the events under it with who
// reported them and when, then the undated events and the documents without a publication date.
// Every piece of article text is escaped so that it stays text.
#pragma once

#include <string>

#include "dateline/render/byte_sink.hpp"
#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// Handed to `sink` piece by piece while it is written (render_options::threads at work).
void write_markdown(const chronology& c, const render_options& o, const byte_sink& sink);
std::string render_markdown(const chronology& c, const render_options& o);

}  // namespace dateline
