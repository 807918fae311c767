#include "post_readings.hpp"

#include <algorithm>
#include <array>

#include "char_classes.hpp"

namespace dateline::detail {
namespace {

// " more " between the count and the unit: "2 more days", "three more weeks".
bool counts_down(std::string_view match) {
    const std::size_t at = match.find(" more ");
    return at != std::string_view::npos && at > 0;
}

std::string_view word_before(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] == ' ') --at;
    std::size_t start = at;
    while (start > 0 && is_letter(text[start - 1])) --start;
    return text.substr(start, at - start);
}

// A hashtag that is only a topic: the match begins after '#' and ends with the tag. A clock time
// ("#720pm") and a year ("#2014") are still times.
bool is_hashtag_topic(std::string_view text, const recognized& r) {
    if (r.begin == 0 || text[r.begin - 1] != '#') return false;
    for (std::size_t p = r.begin; p < r.end; ++p)
        if (!is_alnum(text[p])) return false;  // "#Christmas day": the day is said beyond the tag
    if (r.end < text.size() && is_alnum(text[r.end])) return false;
    if (r.ast.kind == ast_kind::time_of_day) return false;
    return !(r.ast.kind == ast_kind::calendar_date && r.ast.year && !r.ast.month);
}

constexpr std::array<std::string_view, 12> clock_cues = {"at",    "abt",   "about", "around", "by",    "till",
                                                         "until", "from",  "after", "before", "since", "til"};

// "1015" read as a clock time (recognize's reading of four digits in a post) with no word before
// it that places a time, and no '@'.
bool is_uncued_four_digit_clock(std::string_view text, const recognized& r) {
    if (r.ast.kind != ast_kind::time_of_day || r.end - r.begin != 4) return false;
    for (std::size_t i = r.begin; i < r.end; ++i)
        if (!is_digit(text[i])) return false;
    std::size_t p = r.begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p > 0 && text[p - 1] == '@') return false;
    const std::string_view before = word_before(text, r.begin);
    return std::find(clock_cues.begin(), clock_cues.end(), before) == clock_cues.end();
}

// "today at 9am", "tomorrow at 12pm", "this Sat at 6pm": where " at " and the clock time begin.
std::size_t clock_after_at(std::string_view text, const recognized& r) {
    if (r.ast.kind != ast_kind::time_of_day || !r.ast.hour || r.ast.month || r.ast.day) return 0;
    const std::string_view match = text.substr(r.begin, r.end - r.begin);
    const std::size_t at = match.find(" at ");
    if (at == std::string_view::npos || at == 0 || at + 4 >= match.size() || !is_digit(match[at + 4])) return 0;
    return at;
}

// The day said before " at ": a weekday, or a day counted from the post's ("today", "tmr").
recognized day_before_clock(const recognized& r, std::size_t at) {
    temporal_ast day;
    day.rel = r.ast.rel;
    if (r.ast.weekday) {
        day.kind = ast_kind::weekday;
        day.weekday = r.ast.weekday;
    } else {
        day.kind = ast_kind::relative_day;
        day.day_offset = r.ast.day_offset;
    }
    return recognized{r.begin, r.begin + at, day};
}

recognized clock_of(const recognized& r, std::size_t clock_begin) {
    temporal_ast clock;
    clock.kind = ast_kind::time_of_day;
    clock.hour = r.ast.hour;
    clock.minute = r.ast.minute;
    return recognized{clock_begin, r.end, clock};
}

// "the year" right before a year of its own: "the year 2014".
bool names_the_year(std::string_view text, const recognized& r, const recognized& next) {
    if (r.ast.kind != ast_kind::named_unit || r.ast.unit != time_unit::year || r.ast.rel != relation::none) return false;
    if (next.ast.kind != ast_kind::calendar_date || !next.ast.year || next.ast.month) return false;
    for (std::size_t p = r.end; p < next.begin; ++p)
        if (text[p] != ' ') return false;
    return next.begin > r.end;
}

}  // namespace

void reread_for_posts(temporal_ast& ast, std::string_view match) {
    if (ast.kind == ast_kind::duration && !ast.fuzzy_count && ast.count && *ast.count >= 2 && counts_down(match)) {
        ast.count.reset();
        ast.fuzzy_count = true;
        return;
    }
    if (ast.kind == ast_kind::vague && ast.vague == vague_ref::present && match == "these days") {
        temporal_ast span;
        span.kind = ast_kind::duration;
        span.unit = time_unit::day;
        span.fuzzy_count = true;
        ast = span;
    }
}

void adjust_post_matches(std::string_view folded, std::vector<recognized>& found, std::size_t from) {
    std::vector<recognized> kept;
    kept.reserve(found.size() - from);
    for (std::size_t i = from; i < found.size(); ++i) {
        const recognized& r = found[i];
        if (is_hashtag_topic(folded, r) || is_uncued_four_digit_clock(folded, r)) continue;
        if (i + 1 < found.size() && names_the_year(folded, r, found[i + 1])) {
            recognized year = found[i + 1];
            year.begin = r.begin;
            kept.push_back(year);
            ++i;
            continue;
        }
        if (const std::size_t at = clock_after_at(folded, r)) {
            kept.push_back(day_before_clock(r, at));
            kept.push_back(clock_of(r, r.begin + at + 4));
            continue;
        }
        kept.push_back(r);
    }
    found.resize(from);
    found.insert(found.end(), kept.begin(), kept.end());
}

}  // namespace dateline::detail
