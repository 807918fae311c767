#include "word_senses.hpp"

#include <array>

#include "char_classes.hpp"

namespace dateline::detail {

namespace {

// Words after "a second" that keep it a span of time: "a second later", "a second or two".
constexpr std::array<std::string_view, 14> after_a_duration = {
    "later", "earlier", "ago", "before", "after", "or", "and", "of", "in", "to", "for", "more", "longer", "than"};

bool is_listed(std::string_view word, const auto& words) {
    for (const std::string_view w : words)
        if (w == word) return true;
    return false;
}

constexpr std::array<std::string_view, 7> bare_plurals = {"hours", "days", "weeks", "months", "years", "decades",
                                                           "centuries"};
constexpr std::array<time_unit, 7> bare_plural_units = {time_unit::hour,  time_unit::day,    time_unit::week,
                                                        time_unit::month, time_unit::year,   time_unit::decade,
                                                        time_unit::century};

// Modal verbs before "one day" that make it "some day": "will one day", "could one day".
constexpr std::array<std::string_view, 9> modals = {"will",  "would", "could",  "might", "may",
                                                    "can",   "shall", "should", "must"};

// Words after a month's name that make it a noun of its own: "the March for Life", "the March
// was", "a March through the city".
constexpr std::array<std::string_view, 40> not_modified_by_month = {
    "for",   "of",    "on",     "in",    "to",    "through", "from",  "at",     "by",     "with",
    "against", "and", "or",     "but",   "nor",   "as",      "into",  "across", "toward", "towards",
    "around", "after", "before", "since", "until", "past",   "was",   "were",   "is",     "are",
    "has",   "had",   "have",   "will",  "would", "that",    "which", "who",    "ended",  "began"};

// The word of letters just before `at` or just after `end`, across blanks only.
std::string_view word_before(std::string_view text, std::size_t at) {
    while (at > 0 && is_blank(text[at - 1])) --at;
    std::size_t start = at;
    while (start > 0 && is_letter(text[start - 1])) --start;
    return text.substr(start, at - start);
}
std::string_view word_after(std::string_view text, std::size_t end) {
    while (end < text.size() && is_blank(text[end])) ++end;
    std::size_t stop = end;
    while (stop < text.size() && is_letter(text[stop])) ++stop;
    return text.substr(end, stop - end);
}

}  // namespace

bool is_bare_plural_unit(std::string_view word) { return is_listed(word, bare_plurals); }

bool may_precede_bare_plural(std::string_view before) { return before == "for" || before == "within"; }

void reread_as_span(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    if (ast.kind != ast_kind::vague || ast.vague != vague_ref::future) return;
    const std::string_view before = word_before(text, begin);
    if (before != "over" && before != "for" && before != "during" && before != "throughout") return;
    for (std::size_t at = begin; at < end;) {
        const std::string_view word = word_after(text, at);
        if (word.empty()) return;
        at = static_cast<std::size_t>(word.data() - text.data()) + word.size();
        for (std::size_t i = 0; i < bare_plurals.size(); ++i) {
            if (word != bare_plurals[i]) continue;
            temporal_ast span;
            span.kind = ast_kind::duration;
            span.fuzzy_count = true;
            span.unit = bare_plural_units[i];
            ast = span;
            return;
        }
    }
}

void reread_as_someday(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    if (ast.kind != ast_kind::duration || ast.unit != time_unit::day || ast.count != 1.0) return;
    if (text.substr(begin, end - begin) != "one day" || !is_listed(word_before(text, begin), modals)) return;
    temporal_ast someday;
    someday.kind = ast_kind::vague;
    someday.vague = vague_ref::future;
    ast = someday;
}

bool month_modifies_next_word(std::string_view original, std::size_t end) {
    const std::string_view next = word_after(original, end);
    return !next.empty() && !is_listed(next, not_modified_by_month);
}

bool counts_years(std::string_view text, std::size_t end) {
    const std::string_view next = word_after(text, end);
    return next == "years";  // "the 1990 year-end" is a year
}

bool reads_in_another_sense(const temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view match = text.substr(begin, end - begin);
    // "as soon as possible", "as soon as Tuesday": the conjunction, not a time.
    if (ast.kind == ast_kind::vague && match == "soon") return word_before(text, begin) == "as";
    if (ast.kind == ast_kind::duration && ast.fuzzy_count && is_bare_plural_unit(match))
        return !may_precede_bare_plural(word_before(text, begin));
    // "a second group", "a second betrayal": the ordinal.
    if (ast.kind == ast_kind::duration && ast.unit == time_unit::second && match == "a second") {
        const std::string_view after = word_after(text, end);
        return !after.empty() && !is_listed(after, after_a_duration);
    }
    return false;
}

}  // namespace dateline::detail
