#include "resolve_story_winter.hpp"

#include "resolve_days.hpp"
#include "resolve_format.hpp"

namespace dateline::detail {

std::optional<period> story_winter(const local_interval& story) {
    const date::year_month_day ymd{date::floor<date::days>(story.begin)};
    const long long year = static_cast<int>(ymd.year());
    const long long begins = ymd.month() <= date::May ? year - 1 : year;  // the December it begins in
    if (!writable_year(begins) || !writable_year(begins + 1)) return std::nullopt;
    period winter = season_period(begins, season_name::winter);
    winter.value = year_value(begins + 1) + "-WI";
    return winter;
}

}  // namespace dateline::detail
