// render_json writes the chronology by hand, a chunk of events per thread: its bytes must stay
// those that nlohmann::ordered_json's dump(2) gives for the same values (the reference below is the
// tree the writer replaced), whatever the strings hold, and the same for any number of threads.
#include <gtest/gtest.h>

#include <cmath>

#include <nlohmann/json.hpp>

#include "dateline/render/date_display.hpp"
#include "dateline/render/json.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "json_values.hpp"
#include "lookup.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using render_detail::json;

json report_tree(const chronology& c, const event& e, const event_group* g) {
    json j;
    j["document"] = e.document;
    j["sentence"] = e.sentence_index;
    j["text"] = e.text;
    j["timexes"] = json::array();
    for (const auto& t : e.timexes) j["timexes"].push_back(render_detail::timex_json(t));
    j["dated_by"] = e.anchor < e.timexes.size() ? json(e.anchor) : json(nullptr);
    j["lag_days"] = nullptr;
    if (g)
        if (const auto lag = lag_days(c, *g, e)) j["lag_days"] = *lag;
    return j;
}

json group_tree(const chronology& c, const event_group& g) {
    json when;
    when["value"] = g.value;
    const timex* t = g.reports.empty() ? nullptr : render_detail::dating_timex(g.reports.front());
    when["type"] = t ? to_string(t->r.type) : g.value.find('T') == std::string::npos ? "DATE" : "TIME";
    when["begin"] = iso_local_time(g.when.begin);
    when["end"] = iso_local_time(g.when.end);
    when["granularity"] = to_string(g.grain);
    when["display"] = display_when(g.when, g.grain, g.value);
    json j;
    j["when"] = std::move(when);
    j["salience"] = g.salience ? json(std::round(*g.salience * 1000.0) / 1000.0) : json(nullptr);
    j["background"] = g.background;
    j["first_reported"] = nullptr;
    if (const auto first = first_reporting_document(c, g))
        j["first_reported"] = {{"document", *first}, {"published", render_detail::published_json(c.documents[*first])}};
    j["reports"] = json::array();
    for (const auto& e : g.reports) j["reports"].push_back(report_tree(c, e, &g));
    return j;
}

std::string with_nlohmann(const chronology& c, const render_options& o) {
    json j;
    j["dateline_version"] = dateline_json_version;
    j["title"] = std::string(shown_title(o));
    j["documents"] = json::array();
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        const document& d = c.documents[i];
        json doc;
        doc["id"] = i;
        doc["path"] = d.path;
        doc["published"] = render_detail::published_json(d);
        doc["published_zone"] = d.published && !d.published->zone.empty() ? json(d.published->zone) : json(nullptr);
        doc["published_from"] = render_detail::date_origin_key(d.published_from);
        doc["published_evidence"] = d.published_evidence;
        doc["title"] = d.title;
        doc["source"] = d.source;
        doc["url"] = d.url;
        doc["undated"] = !d.dated();
        j["documents"].push_back(std::move(doc));
    }
    j["events"] = json::array();
    for (const auto& g : c.dated) j["events"].push_back(group_tree(c, g));
    j["undated"] = json::array();
    for (const auto& e : c.undated) j["undated"].push_back(report_tree(c, e, nullptr));
    j["disagreements"] = json::array();
    for (const auto& d : c.disagreements) {
        json one;
        one["dates"] = d.dates;
        one["reports"] = json::array();
        for (const auto& r : d.reports) one["reports"].push_back({{"document", r.document}, {"sentence", r.sentence}});
        j["disagreements"].push_back(std::move(one));
    }
    j["diagnostics"] = json::array();
    for (const auto& d : c.diagnostics)
        j["diagnostics"].push_back({{"severity", d.level == severity::error ? "error" : "warning"},
                                    {"path", d.path},
                                    {"line", d.line},
                                    {"column", d.column},
                                    {"message", d.message},
                                    {"text", format(d)}});
    return render_detail::dump(j, 2) + "\n";
}

// The sample chronology with `text` in every string the writer copies from the input, 150 copies
// of its dated groups (three chunks of events and a part), and saliences of many shapes.
chronology hostile(const std::string& text) {
    chronology c = test::sample_chronology();
    for (auto& d : c.documents) d.path = d.title = d.source = d.url = d.published_evidence = text;
    for (auto& d : c.diagnostics) d.message = text;
    const std::vector<event_group> groups = c.dated;
    c.dated.clear();
    for (int copy = 0; copy < 50; ++copy) {
        for (event_group g : groups) {
            for (auto& e : g.reports) {
                e.text = text;
                for (auto& t : e.timexes) t.text = t.r.mod = t.r.anchor_value = text;
            }
            if (copy % 5 == 1) g.salience = 1.0 / (copy + 1);
            if (copy % 5 == 2) g.salience = 3.0 * copy;
            if (copy % 5 == 3) g.salience = 2.5e17;
            c.dated.push_back(std::move(g));
        }
    }
    c.disagreements.push_back({{"2025-04-23", "2025-04-24"}, {{0, 1}, {1, 0}}});
    return c;
}

TEST(json_bytes, are_those_of_nlohmann_for_every_kind_of_string) {
    const std::string texts[] = {
        "plain",   "quote \" and back\\slash", "tab\tnew\nline\r\f\b", std::string("nul\0byte", 8), "\x01\x1f\x7f",
        "Kyiv \xE2\x80\x9Clast night\xE2\x80\x9D", "caf\xC3\xA9", "broken \xC3 utf-8 \xFF\xFE", "\xE2\x82",
        "long enough to take the eight-byte path \xE2\x80\x94 then \"quoted\"\n", "",
    };
    for (const std::string& text : texts) {
        SCOPED_TRACE(text);
        const chronology c = hostile(text);
        render_options o;
        o.title = text;
        EXPECT_EQ(render_json(c, o), with_nlohmann(c, o));
    }
    EXPECT_EQ(render_json(test::sample_chronology(), {}), with_nlohmann(test::sample_chronology(), {}));
    EXPECT_EQ(render_json(chronology{}, {}), with_nlohmann(chronology{}, {}));
}

TEST(json_bytes, are_the_same_for_any_number_of_threads) {
    const chronology c = hostile("Kyiv \xE2\x80\x9Clast night\xE2\x80\x9D");
    render_options o;
    const std::string one = render_json(c, o);
    EXPECT_GT(c.dated.size(), 128u);
    for (const unsigned threads : {2u, 3u, 8u}) {
        o.threads = threads;
        EXPECT_TRUE(render_json(c, o) == one) << threads << " threads";
    }
}

}  // namespace
}  // namespace dateline
