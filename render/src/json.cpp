// The chronology as JSON (docs/json-schema.md), written by hand with nlohmann's bytes (the
// writer is json_line indented by two): the events in chunks on the render threads, written out
// in order, so the bytes are the same for any number of threads.
#include "dateline/render/json.hpp"

#include "dateline/render/date_display.hpp"
#include "chunks.hpp"
#include "comparison_json.hpp"
#include "json_values.hpp"
#include "lookup.hpp"

namespace dateline {
namespace {

using render_detail::json_line;

constexpr int indent = 2;
constexpr std::size_t groups_per_chunk = 64;

void write_document(json_line& w, std::size_t index, const document& d) {
    w.begin_object();
    w.key("id");
    w.number(index);
    w.key("path");
    w.string(d.path);
    w.key("published");
    render_detail::write_published(w, d);
    w.key("published_zone");
    if (d.published && !d.published->zone.empty()) {
        w.string(d.published->zone);
    } else {
        w.null();
    }
    w.key("published_from");
    w.string(render_detail::date_origin_key(d.published_from));
    w.key("published_evidence");
    w.string(d.published_evidence);
    w.key("title");
    w.string(d.title);
    w.key("source");
    w.string(d.source);
    w.key("url");
    w.string(d.url);
    w.key("undated");
    w.boolean(!d.dated());
    w.end_object();
}

// A report; its lag_days is null outside a group.
void write_report(json_line& w, const event& e, const chronology* c = nullptr, const event_group* g = nullptr) {
    w.begin_object();
    w.key("document");
    w.number(e.document);
    w.key("sentence");
    w.number(e.sentence_index);
    w.key("text");
    w.string(e.text);
    w.key("timexes");
    w.begin_array();
    for (const auto& t : e.timexes) render_detail::write_timex(w, t);
    w.end_array();
    w.key("dated_by");
    if (e.anchor < e.timexes.size()) {
        w.number(e.anchor);
    } else {
        w.null();
    }
    w.key("lag_days");
    if (c && g) {
        render_detail::write_lag_days(w, *c, *g, e);
    } else {
        w.null();
    }
    w.end_object();
}

// The TIMEX3 type of a group's value: that of the expression dating its first report.
std::string_view group_type(const event_group& g) {
    if (!g.reports.empty())
        if (const timex* t = render_detail::dating_timex(g.reports.front())) return to_string(t->r.type);
    return g.value.find('T') == std::string::npos ? "DATE" : "TIME";
}

void write_group(json_line& w, const chronology& c, const event_group& g) {
    w.begin_object();
    w.key("when");
    w.begin_object();
    w.key("value");
    w.string(g.value);
    w.key("type");
    w.string(group_type(g));
    w.key("begin");
    w.local_time(g.when.begin);
    w.key("end");
    w.local_time(g.when.end);
    w.key("granularity");
    w.string(to_string(g.grain));
    w.key("display");
    w.string(display_when(g.when, g.grain, g.value));
    w.end_object();
    w.key("salience");
    render_detail::write_salience(w, g);
    w.key("background");
    w.boolean(g.background);
    w.key("first_reported");
    render_detail::write_first_reported(w, c, g);
    w.key("reports");
    w.begin_array();
    for (const auto& e : g.reports) write_report(w, e, &c, &g);
    w.end_array();
    w.end_object();
}

void write_diagnostic(json_line& w, const diagnostic& d) {
    w.begin_object();
    w.key("severity");
    w.string(d.level == severity::error ? "error" : "warning");
    w.key("path");
    w.string(d.path);
    w.key("line");
    w.number(d.line);
    w.key("column");
    w.number(d.column);
    w.key("message");
    w.string(d.message);
    w.key("text");
    w.string(format(d));
    w.end_object();
}

}  // namespace

void write_json(const chronology& c, const render_options& o, const byte_sink& sink) {
    std::string out;
    json_line w(out, indent, 0);
    w.begin_object();
    w.key("dateline_version");
    w.string(dateline_json_version);
    w.key("title");
    w.string(shown_title(o));
    w.key("documents");
    w.begin_array();
    for (std::size_t i = 0; i < c.documents.size(); ++i) write_document(w, i, c.documents[i]);
    w.end_array();
    w.key("events");
    w.begin_array();
    // The events array's members, a chunk of groups a string, each written out as it is done.
    render_detail::write_in_chunks(
        c.dated.size(), groups_per_chunk, o.threads,
        [&](std::string& chunk, std::size_t begin, std::size_t end) {
            json_line chunk_writer(chunk, indent, 2);
            for (std::size_t i = begin; i < end; ++i) write_group(chunk_writer, c, c.dated[i]);
        },
        [&](std::string_view chunk) {
            w.written("");  // the comma and new line before the chunk
            sink(out);
            out.clear();
            sink(chunk);
        });
    w.end_array();
    w.key("undated");
    w.begin_array();
    for (const auto& e : c.undated) write_report(w, e);
    w.end_array();
    w.key("disagreements");
    render_detail::write_disagreements(w, c);
    w.key("diagnostics");
    w.begin_array();
    for (const auto& d : c.diagnostics) write_diagnostic(w, d);
    w.end_array();
    w.end_object();
    out += '\n';
    sink(out);
}

std::string render_json(const chronology& c, const render_options& o) {
    std::string out;
    write_json(c, o, append_to(out));
    return out;
}

}  // namespace dateline
