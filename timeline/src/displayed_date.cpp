#include "displayed_date.hpp"

#include <chrono>

#include "dateline/timeline/metadata_date.hpp"

namespace dateline::detail {
namespace {

constexpr std::chrono::hours widest_zone_offset{14};

bool is_utc(std::string_view zone) {
    return zone == "Z" || zone == "+00:00" || zone == "+0000" || zone == "-00:00" || zone == "-0000";
}

}  // namespace

std::optional<publication_time> shown_local_time(const publication_time& utc,
                                                 const std::vector<publication_time>& shown_clock_times) {
    if (!utc.time_of_day || !is_utc(utc.zone)) return std::nullopt;
    const auto moment = date::local_seconds{utc.day} + *utc.time_of_day;
    for (const auto& shown : shown_clock_times) {
        if (!shown.time_of_day || !shown.zone.empty()) continue;
        const auto local = date::local_seconds{shown.day} + *shown.time_of_day;
        const auto offset = local - moment;
        if (offset == std::chrono::seconds{0} || std::chrono::abs(offset) > widest_zone_offset) continue;
        if (offset % std::chrono::minutes{15} != std::chrono::seconds{0}) continue;  // +05:45 and +09:30 too
        return shown;
    }
    return std::nullopt;
}

bool shows_day(std::string_view visible_text, date::local_days day) {
    std::size_t pos = 0;
    while (pos < visible_text.size()) {
        const auto found = find_written_date(visible_text.substr(pos));
        if (!found) return false;
        if (found->when.day == day) return true;
        pos += found->end;
    }
    return false;
}

}  // namespace dateline::detail
