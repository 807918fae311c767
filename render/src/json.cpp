#include "dateline/render/json.hpp"

#include "dateline/render/date_display.hpp"
#include "comparison_json.hpp"
#include "json_values.hpp"
#include "lookup.hpp"

namespace dateline {
namespace {

using render_detail::json;

json document_json(std::size_t index, const document& d) {
    json j;
    j["id"] = index;
    j["path"] = d.path;
    j["published"] = render_detail::published_json(d);
    j["published_zone"] = d.published && !d.published->zone.empty() ? json(d.published->zone) : json(nullptr);
    j["published_from"] = render_detail::date_origin_key(d.published_from);
    j["published_evidence"] = d.published_evidence;
    j["title"] = d.title;
    j["source"] = d.source;
    j["url"] = d.url;
    j["undated"] = !d.dated();
    return j;
}

json report_json(const event& e, json lag = nullptr) {
    json j;
    j["document"] = e.document;
    j["sentence"] = e.sentence_index;
    j["text"] = e.text;
    j["timexes"] = json::array();
    for (const auto& t : e.timexes) j["timexes"].push_back(render_detail::timex_json(t));
    j["dated_by"] = e.anchor < e.timexes.size() ? json(e.anchor) : json(nullptr);
    j["lag_days"] = std::move(lag);
    return j;
}

// The TIMEX3 type of a group's value: that of the expression dating its first report.
std::string_view group_type(const event_group& g) {
    if (!g.reports.empty())
        if (const timex* t = render_detail::dating_timex(g.reports.front())) return to_string(t->r.type);
    return g.value.find('T') == std::string::npos ? "DATE" : "TIME";
}

json group_json(const chronology& c, const event_group& g) {
    json when;
    when["value"] = g.value;
    when["type"] = group_type(g);
    when["begin"] = iso_local_time(g.when.begin);
    when["end"] = iso_local_time(g.when.end);
    when["granularity"] = to_string(g.grain);
    when["display"] = display_when(g.when, g.grain, g.value);
    json j;
    j["when"] = std::move(when);
    j["salience"] = render_detail::salience_json(g);
    j["background"] = g.background;
    j["first_reported"] = render_detail::first_reported_json(c, g);
    j["reports"] = json::array();
    for (const auto& e : g.reports) j["reports"].push_back(report_json(e, render_detail::lag_days_json(c, g, e)));
    return j;
}

json diagnostic_json(const diagnostic& d) {
    json j;
    j["severity"] = d.level == severity::error ? "error" : "warning";
    j["path"] = d.path;
    j["line"] = d.line;
    j["column"] = d.column;
    j["message"] = d.message;
    j["text"] = format(d);
    return j;
}

}  // namespace

std::string render_json(const chronology& c, const render_options& o) {
    json j;
    j["dateline_version"] = dateline_json_version;
    j["title"] = std::string(shown_title(o));
    j["documents"] = json::array();
    for (std::size_t i = 0; i < c.documents.size(); ++i) j["documents"].push_back(document_json(i, c.documents[i]));
    j["events"] = json::array();
    for (const auto& g : c.dated) j["events"].push_back(group_json(c, g));
    j["undated"] = json::array();
    for (const auto& e : c.undated) j["undated"].push_back(report_json(e));
    j["disagreements"] = render_detail::disagreements_json(c);
    j["diagnostics"] = json::array();
    for (const auto& d : c.diagnostics) j["diagnostics"].push_back(diagnostic_json(d));
    return render_detail::dump(j, 2) + "\n";
}

}  // namespace dateline
