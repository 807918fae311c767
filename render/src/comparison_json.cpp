#include "comparison_json.hpp"

#include <cmath>

#include "dateline/timeline/report_comparison.hpp"
#include "json_values.hpp"

namespace dateline::render_detail {

void write_salience(json_line& w, const event_group& g) {
    if (!g.salience) {
        w.null();
        return;
    }
    w.real(std::round(*g.salience * 1000.0) / 1000.0);
}

void write_first_reported(json_line& w, const chronology& c, const event_group& g) {
    const auto first = first_reporting_document(c, g);
    if (!first) {
        w.null();
        return;
    }
    w.begin_object();
    w.key("document");
    w.number(*first);
    w.key("published");
    write_published(w, c.documents[*first]);
    w.end_object();
}

void write_lag_days(json_line& w, const chronology& c, const event_group& g, const event& e) {
    if (const auto lag = lag_days(c, g, e)) {
        w.integer(*lag);
    } else {
        w.null();
    }
}

void write_disagreements(json_line& w, const chronology& c) {
    w.begin_array();
    for (const auto& d : c.disagreements) {
        w.begin_object();
        w.key("dates");
        w.begin_array();
        for (const auto& value : d.dates) w.string(value);
        w.end_array();
        w.key("reports");
        w.begin_array();
        for (const auto& r : d.reports) {
            w.begin_object();
            w.key("document");
            w.number(r.document);
            w.key("sentence");
            w.number(r.sentence);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

}  // namespace dateline::render_detail
