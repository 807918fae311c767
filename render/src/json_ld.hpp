// The chronology as schema.org structured data for search engines and other readers of a page: an
// ItemList of Events in chronological order, each with its startDate (and endDate for spans and
// nights), a name (its first report's sentence, shortened), that sentence in full as description,
// and the articles that reported it as subjectOf (Article: headline, datePublished, publisher,
// url). Written as a <script type="application/ld+json"> element, safe inside HTML whatever the
// input (no "</script>", "<!--", U+2028 or U+2029 survives as such).
#pragma once

#include <string>
#include <string_view>

#include "dateline/render/byte_sink.hpp"
#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

// The JSON-LD object, serialised on one line.
std::string json_ld(const chronology& c, const render_options& o);

// <script type="application/ld+json">…</script> and a line break.
std::string json_ld_script(const chronology& c, const render_options& o);

// The same handed to `sink` piece by piece, the list items made in chunks on o.threads threads
// (the bytes do not depend on the number); with element false, the JSON-LD object alone.
void write_json_ld_script(const chronology& c, const render_options& o, const byte_sink& sink,
                          bool element = true);

}  // namespace dateline::render_detail
