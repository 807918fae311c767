#include "resolve_occurrence.hpp"

#include <chrono>

namespace dateline::detail {

std::optional<period> choose_occurrence(const std::vector<period>& candidates, date::local_days dct, tense t,
                                        std::chrono::seconds past_tolerance, std::chrono::seconds future_tolerance) {
    const local_interval dct_day{date::local_seconds{dct}, date::local_seconds{dct + date::days{1}}};
    const period* chosen = nullptr;
    for (const period& c : candidates) {
        switch (t) {
        case tense::past:
        case tense::unknown:
        case tense::present:
            // The latest that has begun by the DCT day, or one at most `past_tolerance` after it:
            // a past-tense clause often reports a date a little ahead ("said he would testify on
            // Feb. 10"); TimeBank has such dates in the DCT's year 51 times out of 64. Without a
            // tense cue, news mostly reports the past.
            if (c.when.begin < dct_day.end || c.when.begin - dct_day.end <= past_tolerance) chosen = &c;
            break;
        case tense::future:
            if (!chosen && c.when.end + future_tolerance > dct_day.begin) chosen = &c;  // keeps the earliest
            break;
        }
    }
    if (!chosen) return std::nullopt;
    return *chosen;
}

std::optional<period> in_story_year(const std::vector<period>& candidates, const local_interval& story) {
    const date::year story_year = date::year_month_day{date::floor<date::days>(story.begin)}.year();
    const period* nearest = nullptr;
    std::chrono::seconds best{0};
    for (const period& c : candidates) {
        if (date::year_month_day{date::floor<date::days>(c.when.begin)}.year() == story_year) return c;
        std::chrono::seconds gap{0};
        if (c.when.end <= story.begin) gap = story.begin - c.when.end;
        else if (c.when.begin >= story.end) gap = c.when.begin - story.end;
        if (!nearest || gap < best) {
            nearest = &c;
            best = gap;
        }
    }
    if (!nearest) return std::nullopt;
    return *nearest;
}

bool takes_post_year(const resolve_context& ctx) {
    return ctx.post && ctx.clause_tense != tense::past && ctx.clause_tense != tense::future;
}

long long two_digit_year_near(unsigned yy, long long dct_year) {
    const long long lowest = dct_year - 89;
    const long long into_window = ((static_cast<long long>(yy) - lowest) % 100 + 100) % 100;
    return lowest + into_window;
}

long long two_digit_year_pivot(unsigned yy) { return yy >= 69 ? 1900 + yy : 2000 + yy; }

}  // namespace dateline::detail
