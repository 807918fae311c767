#include "dateline/render/timelinejs.hpp"

#include <fmt/format.h>

#include "date_anchors.hpp"
#include "date_extent.hpp"
#include "dateline/render/date_display.hpp"
#include "escape_markup.hpp"
#include "html_pieces.hpp"
#include "json_values.hpp"
#include "lookup.hpp"
#include "phrases.hpp"
#include "script_json.hpp"
#include "short_text.hpp"

namespace dateline {
namespace {

using render_detail::date_precision;
using render_detail::escape_html;
using render_detail::json;

// TimelineJS date fields: year, then month, day, hour, minute, second as far as the precision goes.
json date_json(const render_detail::date_point& p) {
    const auto day = date::floor<date::days>(p.at);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<std::chrono::seconds> hms{p.at - day};
    json j;
    j["year"] = static_cast<int>(ymd.year());
    if (p.precision >= date_precision::month) j["month"] = static_cast<unsigned>(ymd.month());
    if (p.precision >= date_precision::day) j["day"] = static_cast<unsigned>(ymd.day());
    if (p.precision >= date_precision::hour) j["hour"] = hms.hours().count();
    if (p.precision >= date_precision::minute) j["minute"] = hms.minutes().count();
    if (p.precision >= date_precision::second) j["second"] = hms.seconds().count();
    return j;
}

// Rows of the timeline's navigation: points in time, short spans, long spans.
std::string_view row_of(granularity grain) {
    if (grain <= granularity::day) return "Days";
    if (grain <= granularity::half_year) return "Weeks and months";
    return "Years";
}

bool mixes_rows(const std::vector<event_group>& groups) {
    for (const auto& g : groups)
        if (row_of(g.grain) != row_of(groups.front().grain)) return true;
    return false;
}

std::string reports_html(const chronology& c, const event_group& g) {
    std::string out = "<ul class=\"dateline-reports\">";
    for (const auto& e : g.reports) {
        out += "<li class=\"dateline-report\"><p class=\"dateline-text\">" +
               render_detail::sentence_html(render_detail::mark_dating_phrase(e), "dateline-phrase") +
               "</p><p class=\"dateline-credit\">" + render_detail::credit_html(render_detail::document_of(c, e)) +
               "</p></li>";
    }
    return out + "</ul>";
}

json slide_json(const chronology& c, const event_group& g, const std::string& id, bool with_row) {
    const render_detail::date_extent extent = render_detail::extent_of(g.when, g.grain);
    json j;
    j["unique_id"] = id;
    j["start_date"] = date_json(extent.start);
    if (extent.end) j["end_date"] = date_json(*extent.end);
    j["display_date"] = display_when(g.when, g.grain, g.value);
    json text;
    const std::string_view first = g.reports.empty() ? std::string_view() : std::string_view(g.reports.front().text);
    text["headline"] = escape_html(render_detail::shortened(first, render_detail::headline_bytes));
    text["text"] = reports_html(c, g);
    j["text"] = std::move(text);
    if (with_row) j["group"] = row_of(g.grain);
    j["autolink"] = false;
    return j;
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

json title_json(const chronology& c, const render_options& o) {
    std::string summary = fmt::format("<p>{} from {}.", counted(c.dated.size(), "dated event", "dated events"),
                                      counted(c.documents.size(), "article", "articles"));
    if (!c.undated.empty())
        summary += fmt::format(" {} not on this timeline.",
                               counted(c.undated.size(), "undated report is", "undated reports are"));
    json text;
    text["headline"] = escape_html(shown_title(o));
    text["text"] = summary + "</p>";
    json j;
    j["text"] = std::move(text);
    return j;
}

}  // namespace

std::string render_timelinejs(const chronology& c, const render_options& o) {
    std::vector<std::string> wanted;
    wanted.reserve(c.dated.size());
    for (const auto& g : c.dated) wanted.push_back(render_detail::date_anchor(g.value));
    const std::vector<std::string> ids = render_detail::unique_ids(wanted);
    const bool with_rows = !c.dated.empty() && mixes_rows(c.dated);

    json j;
    j["title"] = title_json(c, o);
    j["events"] = json::array();
    for (std::size_t i = 0; i < c.dated.size(); ++i) j["events"].push_back(slide_json(c, c.dated[i], ids[i], with_rows));
    return render_detail::script_safe(render_detail::dump(j, 2)) + "\n";
}

}  // namespace dateline
