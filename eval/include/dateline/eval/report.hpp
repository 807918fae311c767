// An evaluation as text (aligned tables, then the error list) or as JSON. Pure: the caller
// prints the string. Figures are fractions in [0, 1]; an absent figure is "-" in text and null
// in JSON.
#pragma once

#include <string>

#include "dateline/eval/score.hpp"

namespace dateline {

struct report_options {
    bool documents = false;  // one row per document
    bool errors = false;     // every miss, false alarm, wrong extent, type and value
};

std::string format_evaluation_text(const evaluation& e, const report_options& options);

// {"overall": row, "corpora": [row...], "documents": [row...]?, "errors": [error...]?} where a
// row holds the counts and figures, and an error its document, DCT, kind, gold/system timex
// and context.
std::string format_evaluation_json(const evaluation& e, const report_options& options);

}  // namespace dateline
