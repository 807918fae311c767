// Pieces of HTML shared by the chronology page and the TimelineJS slides: a date, a sentence with
// its dating phrase marked, the credit line of a report. Every piece of input is escaped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"
#include "date_index.hpp"
#include "phrases.hpp"

namespace dateline::render_detail {

// <time datetime="…" data-timex="…">shown</time>; data-timex only when it says more than datetime.
std::string time_element(std::string_view datetime, std::string_view timex_value, std::string_view shown);

// The sentence with its marked pieces in <mark class="mark_class">.
std::string sentence_html(const std::vector<text_piece>& pieces, std::string_view mark_class);

// The source as a link when the document has an http(s) URL, else as text.
std::string source_html(const document& d);

// The document's path, inside a link when there is a URL but no source to carry it.
std::string file_html(const document& d);

// "reported <time>…</time> by <a>Source</a> (<span>a.txt</span>)", mirroring the Markdown credit.
std::string credit_html(const document* d);

// <nav class="dateline-index"> with a link per entry, or nothing for no entries.
std::string index_html(const std::vector<index_entry>& entries);

}  // namespace dateline::render_detail
