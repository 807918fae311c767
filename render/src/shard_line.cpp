// The shard line is written around the tag line: the same bytes for the keys they share, so a tool
// that reads `tag` JSON Lines reads shards too.
#include <algorithm>
#include <utility>
#include <vector>

#include "dateline/render/shard.hpp"
#include "dateline/render/tag_jsonl.hpp"
#include "dateline/timeline/encoding_check.hpp"
#include "json_line.hpp"

namespace dateline {
namespace {

// Strings that JSON cannot hold as they are (bytes that are not UTF-8: written as U+FFFD), kept
// byte for byte under "raw_bytes" so that the chronology from shards is the direct build's.
class raw_strings {
public:
    void check(std::string pointer, std::string_view s) {
        if (detail::first_invalid_utf8(s)) found_.emplace_back(std::move(pointer), s);
    }

    void write(render_detail::json_line& w) const {
        if (found_.empty()) return;
        w.key("raw_bytes");
        w.begin_object();
        for (const auto& [pointer, bytes] : found_) {
            w.key(pointer);
            w.begin_array();
            for (const char c : bytes) w.number(static_cast<unsigned char>(c));
            w.end_array();
        }
        w.end_object();
    }

private:
    std::vector<std::pair<std::string, std::string_view>> found_;
};

// The index in `all` of a timex of the document (timexes do not overlap: the start tells it).
std::size_t index_of(const std::vector<timex>& all, const timex& t) {
    const auto at = std::lower_bound(all.begin(), all.end(), t.begin,
                                     [](const timex& x, std::size_t begin) { return x.begin < begin; });
    return static_cast<std::size_t>(at - all.begin());
}

void write_event(render_detail::json_line& w, const event& e, const std::vector<timex>& all) {
    w.begin_object();
    w.key("sentence");
    w.number(e.sentence_index);
    w.key("start");
    w.number(e.span.begin);
    w.key("end");
    w.number(e.span.end);
    w.key("text");
    w.string(e.text);
    w.key("timexes");
    w.begin_array();
    for (const timex& t : e.timexes) w.number(index_of(all, t));
    w.end_array();
    w.key("dated_by");
    w.number(e.anchor);
    w.end_object();
}

}  // namespace

std::string render_shard_line(const document& doc, const tagged_document& tagged, const std::vector<event>& events,
                              const shard_origin& origin, std::string_view dateline_version) {
    const std::string tag_line = render_tag_jsonl(doc, tagged);  // "{...}\n"
    raw_strings raw;
    raw.check("/document", doc.path);
    for (std::size_t i = 0; i < tagged.timexes.size(); ++i)
        raw.check("/timexes/" + std::to_string(i) + "/text", tagged.timexes[i].text);
    raw.check("/published_evidence", doc.published_evidence);
    raw.check("/title", doc.title);
    raw.check("/source", doc.source);
    raw.check("/url", doc.url);
    for (std::size_t i = 0; i < events.size(); ++i) raw.check("/events/" + std::to_string(i) + "/text", events[i].text);
    std::string out;
    out.reserve(tag_line.size() + 256);
    render_detail::json_line w(out);
    w.begin_object();
    w.key("dateline_shard");
    w.number(shard_format);
    w.key("dateline");
    w.string(dateline_version);
    w.key("input");
    w.string(origin.input);
    w.key("item");
    w.number(origin.item);
    out += ',';
    out.append(tag_line, 1, tag_line.size() - 3);  // its members, without the braces and '\n'
    w.key("published_zone");
    if (doc.published && !doc.published->zone.empty()) {
        w.string(doc.published->zone);
    } else {
        w.null();
    }
    w.key("published_evidence");
    w.string(doc.published_evidence);
    w.key("title");
    w.string(doc.title);
    w.key("source");
    w.string(doc.source);
    w.key("url");
    w.string(doc.url);
    w.key("events");
    w.begin_array();
    for (const event& e : events) write_event(w, e, tagged.timexes);
    w.end_array();
    raw.write(w);
    w.end_object();
    out += '\n';
    return out;
}

}  // namespace dateline
