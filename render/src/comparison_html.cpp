#include "comparison_html.hpp"

#include <fmt/format.h>

#include "comparison.hpp"
#include "dateline/render/date_display.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "escape_markup.hpp"

namespace dateline::render_detail {

std::string reporting_html(const chronology& c, const event_group& g) {
    const auto order = reporting_of(c, g);
    if (!order) return "";
    const publication_time& p = *order->first->published;
    std::string out = "<p class=\"dateline-reporting\">first reported by " + escape_html(credited_name(*order->first)) +
                      " (<time datetime=\"" + escape_html(html_datetime(p)) + "\">" +
                      escape_html(display_publication(p)) + "</time>)";
    for (std::size_t i = 0; i < order->later.size(); ++i)
        out += (i == 0 ? "; " : ", ") + days_later_text(order->later[i].days_after_first) + " by " +
               escape_html(credited_name(*order->later[i].doc));
    if (order->more > 0) out += fmt::format(", and {} more", order->more);
    return out + "</p>\n";
}

std::string disagreement_html(const chronology& c, const event_group& g) {
    const auto dates = disagreeing_dates(c, g);
    if (dates.empty()) return "";
    std::string out = "<p class=\"dateline-disagree\"><strong>sources disagree:</strong> other reports date it ";
    for (std::size_t i = 0; i < dates.size(); ++i) out += (i == 0 ? "" : ", ") + escape_html(dates[i]);
    return out + "</p>\n";
}

std::string sources_html(const chronology& c, int level) {
    if (!several_sources(c)) return "";
    std::string out = fmt::format("<h{0} class=\"dateline-sources-heading\">Sources</h{0}>\n", level);
    out += "<table class=\"dateline-sources\">\n<thead><tr><th>Source</th><th>Documents</th><th>Events</th>"
           "<th>Events first reported</th><th>Median lag (days)</th></tr></thead>\n<tbody>\n";
    for (const auto& s : summarize_sources(c)) {
        const std::string name = s.source.empty() ? "(no source)" : escape_html(s.source);
        const std::string lag = s.median_lag ? fmt::format("{:g}", *s.median_lag) : "–";
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", name, s.documents,
                           s.events, s.first_reported, lag);
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace dateline::render_detail
