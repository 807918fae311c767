// Annotated timexes as an evaluation sees them: spans with the TIMEX3 attributes as written,
// whether they come from gold files, from another system's TimeML, or from dateline itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline {

struct timex_annotation {
    std::size_t start = 0;  // byte offsets into the document's content
    std::size_t end = 0;
    std::string text;       // content[start, end)
    std::string tid;        // "t12"; empty when the source gives none
    std::string type;       // "DATE", "TIME", "DURATION", "SET"
    std::string value;      // TIMEX3 value as written ("1998-08-07", "P1W", "PRESENT_REF")
    std::string mod;        // TimeML mod ("APPROX", ...) or empty

    friend bool operator==(const timex_annotation&, const timex_annotation&) = default;
};

// A document with its timexes (in text order). doc.content is the text every offset points into.
struct annotated_document {
    document doc;
    std::string dct_value;  // the creation time's TIMEX3 value as written; empty when there is none
    std::vector<timex_annotation> timexes;
};

// What a reader of annotated documents returns: a document, or none when the file is malformed;
// diagnostics either way (warnings can come with a document).
struct annotated_result {
    std::optional<annotated_document> doc;
    std::vector<diagnostic> diagnostics;
};

}  // namespace dateline
