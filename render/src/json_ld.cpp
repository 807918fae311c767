#include "json_ld.hpp"

#include <set>

#include "chunks.hpp"
#include "date_extent.hpp"
#include "dateline/render/date_display.hpp"
#include "json_values.hpp"
#include "lookup.hpp"
#include "script_json.hpp"
#include "short_text.hpp"
#include "web_url.hpp"

namespace dateline::render_detail {
namespace {

constexpr std::size_t items_per_chunk = 64;

json article_json(const document& d) {
    json j;
    j["@type"] = "Article";
    if (!d.title.empty()) j["headline"] = d.title;
    if (d.published) j["datePublished"] = html_datetime(*d.published);
    if (!d.source.empty()) j["publisher"] = json{{"@type", "Organization"}, {"name", d.source}};
    if (is_web_url(d.url)) j["url"] = d.url;
    return j;
}

json event_json(const chronology& c, const event_group& g) {
    const date_extent extent = extent_of(g.when, g.grain);
    json j;
    j["@type"] = "Event";
    const std::string_view first = g.reports.empty() ? std::string_view() : std::string_view(g.reports.front().text);
    j["name"] = shortened(first, headline_bytes);
    j["description"] = first;
    j["startDate"] = iso_date(extent.start);
    if (extent.end) j["endDate"] = iso_date(*extent.end);
    j["subjectOf"] = json::array();
    std::set<std::size_t> listed;  // an article reporting one event twice is listed once
    for (const auto& e : g.reports) {
        const document* d = document_of(c, e);
        if (d != nullptr && listed.insert(e.document).second) j["subjectOf"].push_back(article_json(*d));
    }
    return j;
}

// The object up to the first member of itemListElement, and what closes it: the list items go
// between, separated by commas.
std::pair<std::string, std::string_view> list_bounds(const chronology& c, const render_options& o) {
    json j;
    j["@context"] = "https://schema.org";
    j["@type"] = "ItemList";
    j["name"] = std::string(shown_title(o));
    j["itemListOrder"] = "https://schema.org/ItemListOrderAscending";
    j["numberOfItems"] = c.dated.size();
    j["itemListElement"] = json::array();  // the last member: its "[]}" ends the text
    std::string head = dump(j, -1);
    constexpr std::string_view close = "]}";
    head.resize(head.size() - close.size());
    return {script_safe(head), close};
}

// The i-th list item, script-safe on its own: the characters around it ('[', ',', ']') take no
// part in any sequence that script_safe escapes.
void append_list_item(std::string& out, const chronology& c, std::size_t i) {
    json item;
    item["@type"] = "ListItem";
    item["position"] = i + 1;
    item["item"] = event_json(c, c.dated[i]);
    if (i > 0) out += ',';
    out += script_safe(dump(item, -1));
}

}  // namespace

std::string json_ld(const chronology& c, const render_options& o) {
    std::string out;
    write_json_ld_script(c, o, append_to(out), false);
    return out;
}

std::string json_ld_script(const chronology& c, const render_options& o) {
    std::string out;
    write_json_ld_script(c, o, append_to(out));
    return out;
}

void write_json_ld_script(const chronology& c, const render_options& o, const byte_sink& sink,
                          bool element) {
    auto [head, close] = list_bounds(c, o);
    if (element) head.insert(0, "<script type=\"application/ld+json\">");
    sink(head);
    write_in_chunks(
        c.dated.size(), items_per_chunk, o.threads,
        [&](std::string& chunk, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) append_list_item(chunk, c, i);
        },
        sink);
    sink(close);
    if (element) sink("</script>\n");
}

}  // namespace dateline::render_detail
