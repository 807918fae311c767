// One line of `dateline tag` output: a JSON object for one document with its publication date
// and every timex, "start"/"end" being UTF-8 byte offsets into the file as read. Scored by other
// tools: see docs/json-schema.md before changing a key.
#pragma once

#include <string>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// One line, terminated by '\n'.
std::string render_tag_jsonl(const document& doc, const tagged_document& tagged);

}  // namespace dateline
