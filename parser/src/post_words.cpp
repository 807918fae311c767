#include "post_words.hpp"

#include <array>

#include "char_classes.hpp"

namespace dateline::detail {
namespace {

struct post_word {
    std::string_view word;
    temporal_ast ast;
};

temporal_ast unit_span(time_unit u, bool fuzzy) {
    temporal_ast a;
    a.kind = ast_kind::duration;
    a.unit = u;
    if (fuzzy)
        a.fuzzy_count = true;
    else
        a.count = 1.0;
    return a;
}
temporal_ast part_of_this_day(day_part p) {
    temporal_ast a;
    a.kind = ast_kind::part_of_day;
    a.rel = relation::this_;
    a.part = p;
    return a;
}
temporal_ast season_alone(season_name s) {
    temporal_ast a;
    a.kind = ast_kind::season;
    a.season = s;
    return a;
}
temporal_ast this_weekend() {
    temporal_ast a;
    a.kind = ast_kind::named_unit;
    a.rel = relation::this_;
    a.unit = time_unit::weekend;
    return a;
}
temporal_ast every_weekend() {
    temporal_ast a;
    a.kind = ast_kind::set;
    a.unit = time_unit::weekend;
    return a;
}
// "the day", "this day", "last day" (of a sale, of a term), "sunset": the day of the post.
temporal_ast day_of_post() {
    temporal_ast a;
    a.kind = ast_kind::relative_day;
    return a;
}
temporal_ast vague_reference(vague_ref v) {
    temporal_ast a;
    a.kind = ast_kind::vague;
    a.vague = v;
    return a;
}

// Each entry with the tweet it comes from in spirit: "a long day", "days like this", "at night".
const std::array<post_word, 19> words = {{
    {"day", unit_span(time_unit::day, false)},          // "had a fun day"
    {"days", unit_span(time_unit::day, true)},          // "on days like this"
    {"week", unit_span(time_unit::week, false)},        // "what a week"
    {"month", unit_span(time_unit::month, false)},      // "a month of rain"
    {"year", unit_span(time_unit::year, false)},        // "best year ever"
    {"hours", unit_span(time_unit::hour, true)},        // "queued for hours"
    {"night", part_of_this_day(day_part::night)},       // "so beautiful at night"
    {"nights", part_of_this_day(day_part::night)},      // "late nights"
    {"morning", part_of_this_day(day_part::morning)},   // "morning tea"
    {"afternoon", part_of_this_day(day_part::afternoon)},
    {"evening", part_of_this_day(day_part::evening)},
    {"weekend", this_weekend()},                        // "have a great weekend"
    {"weekends", every_weekend()},                      // "florals make our weekends better"
    {"sunset", day_of_post()},                          // "the beauty of sunset" (the gold's date)
    {"sunrise", day_of_post()},
    {"spring", season_alone(season_name::spring)},       // "spring is here"
    {"summer", season_alone(season_name::summer)},
    {"winter", season_alone(season_name::winter)},
    {"future", vague_reference(vague_ref::future)},     // "future plans"
}};

bool is_part_of_day(const temporal_ast& a) { return a.kind == ast_kind::part_of_day; }

std::size_t word_end(std::string_view text, std::size_t p) {
    while (p < text.size() && is_alnum(text[p])) ++p;
    return p;
}

const post_word* find(std::string_view word) {
    for (const post_word& w : words)
        if (w.word == word) return &w;
    return nullptr;
}

// "next day" (delivery, the plan): the day after the last day mentioned, else after the post's,
// as "the next day" is.
temporal_ast day_after() {
    temporal_ast a;
    a.kind = ast_kind::offset;
    a.rel = relation::following;
    a.dir = direction::forward;
    a.unit = time_unit::day;
    a.count = 1.0;
    return a;
}

// Ordinals that count days, weeks, months or years of something: "first day" (of school),
// "1st year" (of a course), "the 2nd week".
constexpr std::array<std::string_view, 10> ordinal_words = {"first", "second", "third", "fourth", "fifth",
                                                           "sixth", "seventh", "eighth", "ninth", "tenth"};

std::optional<unsigned> ordinal(std::string_view word) {
    for (std::size_t i = 0; i < ordinal_words.size(); ++i)
        if (word == ordinal_words[i]) return static_cast<unsigned>(i + 1);
    // "1st", "2nd", "23rd", "4th"
    if (word.size() < 3 || word.size() > 4) return std::nullopt;
    const std::string_view digits = word.substr(0, word.size() - 2);
    const std::string_view suffix = word.substr(word.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    unsigned n = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + static_cast<unsigned>(c - '0');
    }
    return n == 0 ? std::nullopt : std::optional<unsigned>{n};
}

std::optional<time_unit> counted_unit(std::string_view word) {
    if (word == "day") return time_unit::day;
    if (word == "week") return time_unit::week;
    if (word == "month") return time_unit::month;
    if (word == "year") return time_unit::year;
    return std::nullopt;
}

// The Nth unit of a series: "first day" (of school), the tweet gold's DATE "P1D-#1". ("Day 3" is
// a day there, P1D, three times in four.)
temporal_ast nth_unit(time_unit u, unsigned n) {
    temporal_ast a;
    a.kind = ast_kind::named_unit;
    a.unit = u;
    a.count = 1.0;
    a.number = n;
    return a;
}

// "tomo", "tomolo": tomorrow, as posts spell it (the grammar knows "tmrw", "2moro").
temporal_ast tomorrow(day_part p) {
    temporal_ast a;
    a.kind = ast_kind::relative_day;
    a.day_offset = 1;
    a.part = p;
    return a;
}

struct word_at {
    std::string_view word;
    std::size_t begin;
    std::size_t end;
};

// The next word after blanks from `p` ("" when a non-blank that is no letter or digit comes first).
word_at next_word(std::string_view text, std::size_t p) {
    std::size_t next = p;
    while (next < text.size() && text[next] == ' ') ++next;
    const std::size_t end = word_end(text, next);
    return {text.substr(next, end - next), next, end};
}

std::optional<recognized> ordinal_unit(std::string_view folded, std::size_t at, std::string_view word, std::size_t end) {
    const auto n = ordinal(word);
    if (!n) return std::nullopt;
    const word_at unit = next_word(folded, end);
    if (unit.begin == end) return std::nullopt;
    if (const auto u = counted_unit(unit.word)) return recognized{at, unit.end, nth_unit(*u, *n)};
    return std::nullopt;
}

std::optional<day_part> part_named(std::string_view word) {
    if (word == "morning") return day_part::morning;
    if (word == "afternoon") return day_part::afternoon;
    if (word == "evening") return day_part::evening;
    if (word == "night" || word == "nite") return day_part::night;
    return std::nullopt;
}

// "the month" is the post's month; "the month of April" is April's, which the grammar finds.
std::optional<recognized> the_month(std::string_view folded, std::size_t at, std::size_t end) {
    if (next_word(folded, end).word == "of") return std::nullopt;
    temporal_ast a;
    a.kind = ast_kind::named_unit;
    a.rel = relation::this_;
    a.unit = time_unit::month;
    return recognized{at, end, a};
}

}  // namespace

std::optional<recognized> match_post_word(std::string_view folded, std::size_t at) {
    std::size_t end = word_end(folded, at);
    std::string_view word = folded.substr(at, end - at);
    if (auto counted = ordinal_unit(folded, at, word, end)) return counted;
    if (word == "tomo" || word == "tomolo") {
        const word_at after = next_word(folded, end);
        if (const auto part = part_named(after.word); part && after.begin > end)
            return recognized{at, after.end, tomorrow(*part)};
        return recognized{at, end, tomorrow(day_part::none)};
    }
    const bool the = word == "the";
    const bool article = the || word == "a" || word == "an";
    const bool names_a_day = the || word == "this" || word == "last";
    if (article || names_a_day) {
        std::size_t next = end;
        while (next < folded.size() && folded[next] == ' ') ++next;
        if (next == end) return std::nullopt;
        end = word_end(folded, next);
        word = folded.substr(next, end - next);
    }
    if (names_a_day && word == "day") return recognized{at, end, day_of_post()};
    if (const word_at after = next_word(folded, end); word == "next" && after.word == "day")
        return recognized{at, after.end, day_after()};
    if (names_a_day && !article) return std::nullopt;  // "this week" is the grammar's
    if (the && word == "month") return the_month(folded, at, end);
    const post_word* w = find(word);
    if (w == nullptr || (article && !is_part_of_day(w->ast))) return std::nullopt;
    if (end < folded.size() && (folded[end] == '-' || folded[end] == '\'')) return std::nullopt;  // "day-to-day", "today's"
    // "the month of April": April is the expression, not a month-long span.
    if (w->word == "month" && at >= 4 && folded.substr(at - 4, 4) == "the " && next_word(folded, end).word == "of")
        return std::nullopt;
    return recognized{at, end, w->ast};
}

}  // namespace dateline::detail
