#include "date_index.hpp"

#include <set>

#include "dateline/render/date_display.hpp"
#include "date_anchors.hpp"
#include "lookup.hpp"

namespace dateline::render_detail {
namespace {

std::vector<index_entry> entries(const std::vector<event_group>& dated, const std::vector<date_heading>& headings,
                                 bool by_month) {
    std::vector<index_entry> out;
    std::set<std::string> seen;  // a month can come back after a coarser date that starts in it
    for (const auto& h : headings) {
        const event_group& g = dated[h.first];
        const date::local_days first_day = date::floor<date::days>(g.when.begin);
        const local_interval day{date::local_seconds{first_day}, date::local_seconds{first_day + date::days{1}}};
        const bool month_label = by_month && g.grain < granularity::year;
        std::string label = display_when(day, month_label ? granularity::month : granularity::year, {});
        if (seen.insert(label).second) out.push_back({std::move(label), h.id});
    }
    return out;
}

}  // namespace

std::vector<date_heading> date_headings(const std::vector<event_group>& dated) {
    std::vector<date_heading> out;
    std::vector<std::string> wanted;
    for (const auto& [first, last] : date_runs(dated)) {
        out.push_back({first, last, {}});
        wanted.push_back(date_anchor(dated[first].value));
    }
    const std::vector<std::string> ids = unique_ids(wanted);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].id = ids[i];
    return out;
}

std::vector<index_entry> date_index(const std::vector<event_group>& dated, const std::vector<date_heading>& headings) {
    if (headings.size() < index_min_headings) return {};
    std::vector<index_entry> out = entries(dated, headings, true);
    if (out.size() > index_max_months) out = entries(dated, headings, false);
    if (out.size() < 2) return {};
    return out;
}

}  // namespace dateline::render_detail
