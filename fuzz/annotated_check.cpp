#include "annotated_check.hpp"

#include "check.hpp"

namespace dateline::fuzz {

void check_annotated(const annotated_result& r, std::string_view path) {
    check_diagnostics(r.diagnostics, path);
    if (!r.doc) {
        require(has_errors(r.diagnostics), "a file that gives no document says why in an error");
        return;
    }
    const std::string_view content = r.doc->doc.content;
    std::size_t last_start = 0;
    for (const timex_annotation& t : r.doc->timexes) {
        require(t.start <= t.end && t.end <= content.size(), "an annotation spans bytes of the text", t.text);
        require(t.start >= last_start, "annotations come in text order", t.text);
        require(content.substr(t.start, t.end - t.start) == t.text, "an annotation's text is the bytes it spans",
                t.text);
        last_start = t.start;
    }
    if (r.doc->doc.published) check_publication_time(*r.doc->doc.published);
}

}  // namespace dateline::fuzz
