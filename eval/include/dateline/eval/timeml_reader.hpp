// Reads a TimeML file (as in TempEval-3's TimeBank and AQUAINT) from bytes already loaded.
//
// The document's content is the text inside <TEXT> with every tag removed and entity references
// decoded (&amp; &lt; &gt; &quot; &apos; &#N; &#xH;); its timexes are the <TIMEX3> elements
// inside <TEXT>, with byte offsets into that content. published is the value of the <TIMEX3>
// whose functionInDocument is "CREATION_TIME" (wherever it is), title is the <DOCID> text.
//
// The tokenizer is small and strict: tags must nest, attribute values must be quoted, <TIMEX3>
// must not nest, entity references must be known. The first problem stops the reading and comes
// back as an error with its line and column (columns count characters, not bytes). Comments,
// processing instructions and <!DOCTYPE> are skipped; CDATA sections are text. An empty-element
// <TIMEX3 .../> inside <TEXT> marks no text and is not returned. A missing or unreadable creation
// time is a warning: the document is returned undated.
#pragma once

#include <string>
#include <string_view>

#include "dateline/eval/annotation.hpp"

namespace dateline {

annotated_result read_timeml(std::string path, std::string_view content);

}  // namespace dateline
