#include "dateline/render/tag_jsonl.hpp"

#include "dateline/parser/huge_pages.hpp"
#include "json_values.hpp"

namespace dateline {

void append_tag_jsonl(std::string& out, const document& doc, const tagged_document& tagged, bool with_text) {
    // Room for about the whole line at once (a timex takes some 200 bytes): a line of megabytes
    // grown by doubling would touch twice its pages, each one a page fault.
    reserve_huge(out, out.size() + 256 + doc.path.size() + 256 * tagged.timexes.size() +
                (with_text ? doc.content.size() + doc.content.size() / 8 : 0));
    render_detail::json_line w(out);
    w.begin_object();
    w.key("document");
    w.string(doc.path);
    w.key("published");
    render_detail::write_published(w, doc);
    w.key("published_from");
    w.string(render_detail::date_origin_key(doc.published_from));
    w.key("timexes");
    w.begin_array();
    for (const auto& t : tagged.timexes) render_detail::write_timex(w, t);
    w.end_array();
    if (with_text) {
        w.key("text");
        w.string(doc.content);
    }
    w.end_object();
    out += '\n';
}

std::string render_tag_jsonl(const document& doc, const tagged_document& tagged, bool with_text) {
    std::string out;
    append_tag_jsonl(out, doc, tagged, with_text);
    return out;
}

}  // namespace dateline
