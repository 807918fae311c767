// read_shard_line on arbitrary bytes, a line at a time as `build --from-tagged` reads a shard: no
// crash; each line gives a document or a problem naming the shard and that line, never both; a
// document holds no text, its events are in it and anchored on one of their timexes; then the
// documents are ordered and merged into a chronology. What a line says of its timexes is taken as
// written, so resolutions are not checked as the resolver's are, but an interval is never empty.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "dateline/render/shard.hpp"
#include "dateline/timeline/shard.hpp"

using namespace dateline;

namespace {

constexpr std::string_view path = "fuzz.shard";
constexpr std::string_view version = "0.1.0";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    rule_names rules;
    std::vector<shard_document> documents;
    std::size_t line = 0;
    for (std::size_t at = 0; at < bytes.size();) {
        const std::size_t newline = bytes.find('\n', at);
        const bool ends_line = newline != std::string_view::npos;
        const std::size_t end = ends_line ? newline : bytes.size();
        ++line;
        shard_line_result r = read_shard_line(path, line, bytes.substr(at, end - at), ends_line, version, rules);
        at = ends_line ? newline + 1 : bytes.size();
        fuzz::require(r.document.has_value() != r.problem.has_value(), "a line gives a document or a problem");
        if (r.problem) {
            fuzz::check_diagnostics({*r.problem}, path);
            fuzz::require(r.problem->line == line, "a problem names its line", r.problem->message);
            continue;
        }
        const shard_document& d = *r.document;
        fuzz::require(d.doc.content.empty(), "a shard document holds no text", d.doc.path);
        fuzz::require(d.where.path == path && d.where.line == line, "a document knows its shard line", d.doc.path);
        if (d.doc.published) fuzz::check_publication_time(*d.doc.published);
        for (const event& e : d.events) {
            fuzz::require(e.document == 0, "events are not merged yet", e.text);
            fuzz::require(e.anchor < e.timexes.size(), "an event is anchored on one of its timexes", e.text);
            for (const auto& t : e.timexes)
                fuzz::require(!t.r.when || t.r.when->begin < t.r.when->end, "an interval ends after it begins", t.text);
        }
        documents.push_back(std::move(*r.document));
    }
    const std::vector<diagnostic> duplicates = order_shard_documents(documents);
    fuzz::check_diagnostics(duplicates, path);
    const chronology c = chronology_from_shards(std::move(documents));
    for (const event_group& g : c.dated)
        for (const event& e : g.reports) fuzz::require(e.document < c.documents.size(), "an event's document exists", e.text);
    for (const event& e : c.undated) fuzz::require(e.document < c.documents.size(), "an event's document exists", e.text);
    return 0;
}
