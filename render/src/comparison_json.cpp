#include "comparison_json.hpp"

#include <cmath>

#include "dateline/timeline/report_comparison.hpp"

namespace dateline::render_detail {

json salience_json(const event_group& g) {
    if (!g.salience) return nullptr;
    return std::round(*g.salience * 1000.0) / 1000.0;
}

json first_reported_json(const chronology& c, const event_group& g) {
    const auto first = first_reporting_document(c, g);
    if (!first) return nullptr;
    json j;
    j["document"] = *first;
    j["published"] = published_json(c.documents[*first]);
    return j;
}

json lag_days_json(const chronology& c, const event_group& g, const event& e) {
    if (const auto lag = lag_days(c, g, e)) return *lag;
    return nullptr;
}

json disagreements_json(const chronology& c) {
    json out = json::array();
    for (const auto& d : c.disagreements) {
        json j;
        j["dates"] = d.dates;
        j["reports"] = json::array();
        for (const auto& r : d.reports) j["reports"].push_back({{"document", r.document}, {"sentence", r.sentence}});
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace dateline::render_detail
