#include "post_words.hpp"

#include <array>

namespace dateline::detail {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

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
temporal_ast vague_reference(vague_ref v) {
    temporal_ast a;
    a.kind = ast_kind::vague;
    a.vague = v;
    return a;
}

// Each entry with the tweet it comes from in spirit: "a long day", "days like this", "at night".
const std::array<post_word, 16> words = {{
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

// "the day", "this day", "last day" (of a sale, of a term): the day of the post.
temporal_ast day_of_post() {
    temporal_ast a;
    a.kind = ast_kind::relative_day;
    return a;
}

}  // namespace

std::optional<recognized> match_post_word(std::string_view folded, std::size_t at) {
    std::size_t end = word_end(folded, at);
    std::string_view word = folded.substr(at, end - at);
    const bool article = word == "the" || word == "a" || word == "an";
    const bool names_a_day = word == "the" || word == "this" || word == "last";
    if (article || names_a_day) {
        std::size_t next = end;
        while (next < folded.size() && folded[next] == ' ') ++next;
        if (next == end) return std::nullopt;
        end = word_end(folded, next);
        word = folded.substr(next, end - next);
    }
    if (names_a_day && word == "day") return recognized{at, end, day_of_post()};
    if (names_a_day && !article) return std::nullopt;  // "this week" is the grammar's
    const post_word* w = find(word);
    if (w == nullptr || (article && !is_part_of_day(w->ast))) return std::nullopt;
    if (end < folded.size() && (folded[end] == '-' || folded[end] == '\'')) return std::nullopt;  // "day-to-day", "today's"
    return recognized{at, end, w->ast};
}

}  // namespace dateline::detail
