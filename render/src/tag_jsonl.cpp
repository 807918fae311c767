#include "dateline/render/tag_jsonl.hpp"

#include "dateline/parser/huge_pages.hpp"
#include "json_line.hpp"
#include "json_values.hpp"

namespace dateline {
namespace {

// The members of render_detail::timex_json, in the same order.
void write_timex(render_detail::json_line& w, const timex& t) {
    w.begin_object();
    w.key("start");
    w.number(t.begin);
    w.key("end");
    w.number(t.end);
    w.key("text");
    w.string(t.text);
    w.key("type");
    w.string(to_string(t.r.type));
    w.key("value");
    w.string(t.r.value);
    w.key("mod");
    w.string(t.r.mod);
    w.key("rule");
    w.string(t.r.rule);
    w.key("anchor");
    w.string(to_string(t.r.anchor));
    w.key("anchor_value");
    w.string(t.r.anchor_value);
    w.key("tense");
    w.string(to_string(t.clause_tense));
    w.key("interval");
    if (t.r.when) {
        w.begin_object();
        w.key("begin");
        w.local_time(t.r.when->begin);
        w.key("end");
        w.local_time(t.r.when->end);
        w.end_object();
    } else {
        w.null();
    }
    w.key("granularity");
    w.string(to_string(t.r.grain));
    w.end_object();
}

}  // namespace

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
    if (doc.published) {
        w.string(timex_value(*doc.published));
    } else {
        w.null();
    }
    w.key("published_from");
    w.string(render_detail::date_origin_key(doc.published_from));
    w.key("timexes");
    w.begin_array();
    for (const auto& t : tagged.timexes) write_timex(w, t);
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
