// One line of `dateline tag` output: a JSON object for one document with its publication date
// and every timex, "start"/"end" being UTF-8 byte offsets into the file as read. Scored by other
// tools: see docs/json-schema.md before changing a key.
#pragma once

#include <string>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// One line, terminated by '\n'. With `with_text`, a last key "text" holds the document's content
// (the file as read, or the text a reader extracted from a page, record or feed item), which
// "start"/"end" count bytes of.
std::string render_tag_jsonl(const document& doc, const tagged_document& tagged, bool with_text = false);

// The same line appended to `out` (one buffer reused across documents).
void append_tag_jsonl(std::string& out, const document& doc, const tagged_document& tagged, bool with_text = false);

}  // namespace dateline
