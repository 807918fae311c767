// dateline's own answer on a gold document: tag_document on its text with its DCT, every
// recognised expression (resolved or not) as an annotation with the resolver's type, value and
// mod. An unresolved expression has an empty value, which never equals a gold value.
#pragma once

#include <vector>

#include "dateline/eval/annotation.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline {

std::vector<timex_annotation> dateline_timexes(const document& doc);

}  // namespace dateline
