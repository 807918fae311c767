#include "json_ld.hpp"

#include <set>

#include "date_extent.hpp"
#include "dateline/render/date_display.hpp"
#include "json_values.hpp"
#include "lookup.hpp"
#include "script_json.hpp"
#include "short_text.hpp"
#include "web_url.hpp"

namespace dateline::render_detail {
namespace {

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

}  // namespace

std::string json_ld(const chronology& c, const render_options& o) {
    json j;
    j["@context"] = "https://schema.org";
    j["@type"] = "ItemList";
    j["name"] = std::string(shown_title(o));
    j["itemListOrder"] = "https://schema.org/ItemListOrderAscending";
    j["numberOfItems"] = c.dated.size();
    j["itemListElement"] = json::array();
    for (std::size_t i = 0; i < c.dated.size(); ++i) {
        json item;
        item["@type"] = "ListItem";
        item["position"] = i + 1;
        item["item"] = event_json(c, c.dated[i]);
        j["itemListElement"].push_back(std::move(item));
    }
    return script_safe(dump(j, -1));
}

std::string json_ld_script(const chronology& c, const render_options& o) {
    return "<script type=\"application/ld+json\">" + json_ld(c, o) + "</script>\n";
}

}  // namespace dateline::render_detail
