#include "comparison_markdown.hpp"

#include <fmt/format.h>

#include "comparison.hpp"
#include "dateline/render/date_display.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "escape_markdown.hpp"

namespace dateline::render_detail {

std::string reporting_markdown(const chronology& c, const event_group& g) {
    const auto order = reporting_of(c, g);
    if (!order) return "";
    std::string out = "*first reported by " + escape_markdown(credited_name(*order->first)) + " (" +
                      escape_markdown(display_publication(*order->first->published)) + ")";
    for (std::size_t i = 0; i < order->later.size(); ++i)
        out += (i == 0 ? "; " : ", ") + days_later_text(order->later[i].days_after_first) + " by " +
               escape_markdown(credited_name(*order->later[i].doc));
    if (order->more > 0) out += fmt::format(", and {} more", order->more);
    return out + "*";
}

std::string disagreement_markdown(const chronology& c, const event_group& g) {
    const auto dates = disagreeing_dates(c, g);
    if (dates.empty()) return "";
    std::string out = "**sources disagree:** other reports date it ";
    for (std::size_t i = 0; i < dates.size(); ++i) out += (i == 0 ? "" : ", ") + escape_markdown(dates[i]);
    return out;
}

std::string sources_markdown(const chronology& c) {
    if (!several_sources(c)) return "";
    std::string out = "\n## Sources\n\n| Source | Documents | Events | Events first reported | Median lag (days) |\n"
                      "| --- | ---: | ---: | ---: | ---: |\n";
    for (const auto& s : summarize_sources(c)) {
        const std::string name = s.source.empty() ? "(no source)" : escape_markdown(s.source);
        const std::string lag = s.median_lag ? fmt::format("{:g}", *s.median_lag) : "–";
        out += fmt::format("| {} | {} | {} | {} | {} |\n", name, s.documents, s.events, s.first_reported, lag);
    }
    return out;
}

}  // namespace dateline::render_detail
