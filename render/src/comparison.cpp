#include "comparison.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "dateline/timeline/report_comparison.hpp"

namespace dateline::render_detail {

std::optional<reporting_order> reporting_of(const chronology& c, const event_group& g) {
    const auto first = first_reporting_document(c, g);
    if (!first) return std::nullopt;
    const date::local_days first_day = c.documents[*first].published->day;
    reporting_order out;
    out.first = &c.documents[*first];
    std::vector<std::tuple<long, std::size_t>> others;  // (days after the first, document)
    for (const std::size_t d : reporting_documents(g)) {
        if (d == *first || d >= c.documents.size() || !c.documents[d].published) continue;
        others.emplace_back(static_cast<long>((c.documents[d].published->day - first_day).count()), d);
    }
    if (others.empty()) return std::nullopt;
    std::sort(others.begin(), others.end());
    for (const auto& [days, document] : others) {
        if (out.later.size() == later_reports_shown) {
            ++out.more;
            continue;
        }
        out.later.push_back({&c.documents[document], days});
    }
    return out;
}

std::vector<std::string> disagreeing_dates(const chronology& c, const event_group& g) {
    std::set<std::string> dates;
    for (const auto& d : c.disagreements) {
        const bool about_g = std::any_of(g.reports.begin(), g.reports.end(), [&](const event& e) {
            return std::find(d.reports.begin(), d.reports.end(),
                             disagreement::report_ref{e.document, e.sentence_index}) != d.reports.end();
        });
        if (!about_g) continue;
        for (const auto& value : d.dates)
            if (value != g.value) dates.insert(value);
    }
    return {dates.begin(), dates.end()};
}

bool several_sources(const chronology& c) {
    return std::any_of(c.documents.begin(), c.documents.end(),
                       [&](const document& d) { return d.source != c.documents.front().source; });
}

std::string days_later_text(long days) {
    if (days == 0) return "the same day";
    const long n = days < 0 ? -days : days;
    return std::to_string(n) + (n == 1 ? " day " : " days ") + (days < 0 ? "earlier" : "later");
}

}  // namespace dateline::render_detail
