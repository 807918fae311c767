// The steps of tag_document with the recogniser's matches and the resolver passed in, so that
// tense and narrative time can be checked without the grammar.
#pragma once

#include <functional>
#include <vector>

#include "dateline/parser/recognize.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

using resolver = std::function<resolution(const temporal_ast&, const resolve_context&)>;

// Matches have offsets into doc.body(), as recognize(doc.body()) gives them. Each is resolved
// with dct = doc.published, its clause tense, and as narrative time the last resolved DATE/TIME
// of day or finer granularity before it in the document. Overlapping or out-of-range matches are
// dropped.
tagged_document tag_matches(const document& doc, std::vector<recognized> matches, const resolver& resolve_with);

}  // namespace dateline
