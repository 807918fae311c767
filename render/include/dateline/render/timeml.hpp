// A tagged document as TimeML: <DOCID>, the publication date as the CREATION_TIME TIMEX3 in
// <DCT> (left out when the document is undated), and the body in <TEXT> with an inline <TIMEX3>
// around each expression. The text content of <TEXT>, once unescaped, is the body byte for byte,
// so offsets into it are offsets into the body.
#pragma once

#include <string>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

std::string render_timeml(const document& doc, const tagged_document& tagged);

}  // namespace dateline
