// mark_background and restrict_to_window (see background.hpp).
#include "dateline/timeline/background.hpp"

#include <algorithm>
#include <sstream>

namespace dateline {
namespace {

bool in_window(date::local_seconds begin, const date_window& w) {
    if (w.from && begin < *w.from) return false;
    if (w.to && begin >= *w.to + date::days{1}) return false;
    return true;
}

// The first day of a TIMEX3 date value ("2025-04-23TNI" -> 2025-04-23), if it names a day.
std::optional<date::local_days> first_day_of(const std::string& value) {
    if (value.size() < 10) return std::nullopt;
    std::istringstream in(value.substr(0, 10));
    date::local_days day;
    in >> date::parse("%F", day);
    if (in.fail()) return std::nullopt;
    return day;
}

}  // namespace

bool is_background(const event_group& g, std::optional<date::local_days> first_published) {
    if (g.grain >= granularity::year) return true;
    return first_published && g.when.end <= *first_published - background_before;
}

std::optional<date::local_days> first_publication_day(const chronology& c) {
    std::optional<date::local_days> first;
    for (const auto& d : c.documents)
        if (d.published && (!first || d.published->day < *first)) first = d.published->day;
    return first;
}

void mark_background(chronology& c) {
    const auto first = first_publication_day(c);
    for (auto& g : c.dated) g.background = is_background(g, first);
}

void restrict_to_window(chronology& c, const date_window& w) {
    std::erase_if(c.dated, [&](const event_group& g) { return !in_window(g.when.begin, w); });
    std::erase_if(c.disagreements, [&](const disagreement& d) {
        return std::none_of(d.dates.begin(), d.dates.end(), [&](const std::string& value) {
            const auto day = first_day_of(value);
            return day && in_window(*day, w);
        });
    });
}

}  // namespace dateline
