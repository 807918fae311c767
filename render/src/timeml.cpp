#include "dateline/render/timeml.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "escape_markup.hpp"

namespace dateline {
namespace {

using render_detail::escape_xml;

std::string dct_element(const publication_time& p) {
    const std::string value = escape_xml(timex_value(p));
    const char* type = p.time_of_day ? "TIME" : "DATE";
    return fmt::format("<DCT><TIMEX3 tid=\"t0\" type=\"{}\" value=\"{}\" temporalFunction=\"false\" "
                       "functionInDocument=\"CREATION_TIME\">{}</TIMEX3></DCT>\n",
                       type, value, value);
}

std::string timex_open_tag(std::size_t tid, const timex& t) {
    std::string out = fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"", tid, to_string(t.r.type),
                                  escape_xml(t.r.value));
    if (!t.r.mod.empty()) out += " mod=\"" + escape_xml(t.r.mod) + "\"";
    return out + ">";
}

}  // namespace

std::string render_timeml(const document& doc, const tagged_document& tagged) {
    const std::size_t body_begin = std::min(doc.body_begin, doc.content.size());
    const std::string_view body = std::string_view(doc.content).substr(body_begin);
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
    out += "<DOCID>" + escape_xml(doc.path) + "</DOCID>\n";
    if (doc.published) out += dct_element(*doc.published);
    out += "<TEXT>";
    // Body-relative offsets; a timex outside the body or overlapping the one before is skipped,
    // since TimeML cannot nest TIMEX3 elements.
    std::size_t written = 0;
    std::size_t tid = 1;
    for (const auto& t : tagged.timexes) {
        if (t.begin < body_begin || t.end > doc.content.size() || t.end <= t.begin) continue;
        const std::size_t begin = t.begin - body_begin;
        const std::size_t end = t.end - body_begin;
        if (begin < written) continue;
        out += escape_xml(body.substr(written, begin - written));
        out += timex_open_tag(tid++, t) + escape_xml(body.substr(begin, end - begin)) + "</TIMEX3>";
        written = end;
    }
    out += escape_xml(body.substr(written));
    out += "</TEXT>\n</TimeML>\n";
    return out;
}

}  // namespace dateline
