// Invariants of an annotated document read from TimeML or the seeds' gold JSON.
#pragma once

#include <string_view>

#include "dateline/eval/annotation.hpp"

namespace dateline::fuzz {

// Diagnostics name `path`; a missing document comes with an error; timexes are in text order,
// inside the content, and their text is the bytes they span.
void check_annotated(const annotated_result& r, std::string_view path);

}  // namespace dateline::fuzz
