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

// Past forms that follow "soon" in a story: "a trickle that soon became a flood".
constexpr std::array<std::string_view, 24> irregular_pasts = {
    "became", "began", "came", "went", "found", "left", "took", "got",  "saw",  "made", "fell",  "rose",
    "grew",   "gave",  "won",  "lost", "ran",   "met",  "sent", "spread", "broke", "knew", "led", "drew"};

bool is_past_form(std::string_view word) {
    // "soon proved"; not "will soon need", "soon proceed"
    if (word.size() > 3 && word.ends_with("ed") && !word.ends_with("eed")) return true;
    return is_listed(word, irregular_pasts);
}

// "as soon as possible" is a conjunction; "soon after the attack", "soon afterwards" relate to an
// event; "he was soon released", "a trickle that soon became a flood" tell a story's sequence.
// None is a reference to the future of the writer's present, which is what TimeML tags.
bool soon_is_no_reference(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view before = word_before(text, begin);
    const std::string_view after = word_after(text, end);
    if (before == "as") return true;
    if (after == "after" || after == "afterward" || after == "afterwards" || after == "thereafter" ||
        after == "before")
        return true;
    return before == "was" || before == "were" || is_past_form(after);
}

// "of" and a word of letters after `end`: "the March of Dimes", "the fall of Budapest" (a year, as in
// "January of 114", "the fall of 1998", is read by the grammar or is no word).
bool of_and_a_word_follow(std::string_view text, std::size_t end) {
    const std::string_view next = word_after(text, end);
    if (next != "of") return false;
    const std::size_t after_of = static_cast<std::size_t>(next.data() - text.data()) + next.size();
    return !word_after(text, after_of).empty();
}

// Capitalised words before a month's name that still let it be the month, in a title written in
// capitals ("Talks Set For March", "Sales Fell In January And February").
constexpr std::array<std::string_view, 24> month_prepositions = {
    "in",   "by",    "since", "until", "till", "from", "through", "before", "after", "during", "last", "next",
    "this", "early", "late",  "mid",   "for",  "to",   "of",      "on",     "at",    "and",    "or",   "around"};

// "the Long March", "the Ice March to the Kuban", "the Indochinese March Battalion": a capitalised
// word inside a sentence right before the month's name makes it part of a name. Not after the
// first word of a sentence ("Last March"), a possessive ("Clinton's March visit") or a preposition.
bool follows_a_capitalised_word(std::string_view text, std::string_view original, std::size_t begin) {
    std::size_t at = begin;
    if (at == 0 || !is_blank(text[at - 1])) return false;
    while (at > 0 && is_blank(text[at - 1])) --at;
    const std::size_t word_end = at;
    while (at > 0 && is_letter(text[at - 1])) --at;
    if (at == word_end || !(original[at] >= 'A' && original[at] <= 'Z')) return false;
    if (is_listed(text.substr(at, word_end - at), month_prepositions)) return false;
    std::size_t before = at;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    // Inside a sentence: a word, a number or a comma before it.
    return before > 0 && (is_alnum(text[before - 1]) || text[before - 1] == ',');
}

// "to rise 8.5% annually", "grew 5 percent yearly": a frequency word after a percentage is a rate
// of growth, which TimeBank does not tag as a set ("average hourly earnings" it does, "the average
// daily volume" it does not: left as sets).
bool frequency_is_a_rate(std::string_view text, std::size_t begin) {
    if (word_before(text, begin) == "percent") return true;
    std::size_t at = begin;
    while (at > 0 && is_blank(text[at - 1])) --at;
    return at > 0 && text[at - 1] == '%';
}

bool is_opening_quote(char c) { return c == '"' || c == '`' || c == '\''; }

// "the days before the shooting", "the weeks before he was killed"
bool is_before_event(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view match = text.substr(begin, end - begin);
    return (match == "days" || match == "weeks") && word_before(text, begin) == "the" &&
           word_after(text, end) == "before";
}

// "in the years that followed"
bool is_after_event(std::string_view text, std::size_t begin, std::size_t end) {
    if (word_before(text, begin) != "the") return false;
    const std::string_view next = word_after(text, end);
    if (next != "that") return false;
    const std::size_t after_that = static_cast<std::size_t>(next.data() - text.data()) + next.size();
    return word_after(text, after_that) == "followed";
}

}  // namespace

bool is_bare_plural_unit(std::string_view word) { return is_listed(word, bare_plurals); }

bool bare_plural_may_start(std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view before = word_before(text, begin);
    return before == "for" || before == "within" ||
           (before == "the" && (is_before_event(text, begin, end) || is_after_event(text, begin, end)));
}

void reread_before_event(temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    if (ast.kind != ast_kind::duration || !ast.fuzzy_count || !is_before_event(text, begin, end)) return;
    temporal_ast before_event;
    before_event.kind = ast_kind::vague;
    before_event.vague = vague_ref::past;
    before_event.rel = relation::preceding;
    before_event.unit = ast.unit;
    ast = before_event;
}

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

bool month_is_a_name(std::string_view text, std::string_view original, std::size_t begin, std::size_t end) {
    return of_and_a_word_follow(text, end) || follows_a_capitalised_word(text, original, begin);
}

bool is_quoted_title(std::string_view text, std::string_view original, std::size_t begin, std::size_t end) {
    std::size_t at = begin;
    while (at > 0 && text[at - 1] == '\x01') --at;  // the filler bytes of a folded typographic quote
    if (at == 0 || !is_opening_quote(text[at - 1])) return false;
    // Named by its broadcaster or publisher, "ABC News' ", "CBS's ''": a history's "the \"Ten Year's
    // Civil War\"" names a span, which the gold tags.
    while (at > 0 && (text[at - 1] == '\x01' || is_opening_quote(text[at - 1]))) --at;
    while (at > 0 && is_blank(text[at - 1])) --at;
    const bool possessive = at >= 2 && ((text[at - 2] == '\'' && text[at - 1] == 's') ||
                                        (text[at - 2] == 's' && text[at - 1] == '\''));
    if (!possessive) return false;
    // A later word capitalised: "This Week", "60 Minutes" (a quoted "This week we ..." is speech)
    for (std::size_t i = begin + 1; i < end; ++i)
        if (is_blank(original[i - 1]) && original[i] >= 'A' && original[i] <= 'Z') return true;
    return false;
}

bool counts_years(std::string_view text, std::size_t end) {
    const std::string_view next = word_after(text, end);
    return next == "years";  // "the 1990 year-end" is a year
}

bool reads_in_another_sense(const temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    const std::string_view match = text.substr(begin, end - begin);
    if (ast.kind == ast_kind::vague && match == "soon") return soon_is_no_reference(text, begin, end);
    if (ast.kind == ast_kind::set && match.find(' ') == std::string_view::npos && match.ends_with("ly"))
        return frequency_is_a_rate(text, begin);
    // "the fall of Budapest", "the fall of the city": the falling, not autumn.
    if (ast.kind == ast_kind::season && !ast.year && match.ends_with("fall")) return of_and_a_word_follow(text, end);
    if (ast.kind == ast_kind::duration && ast.fuzzy_count && is_bare_plural_unit(match))
        return !bare_plural_may_start(text, begin, end);
    // "High Noon" the film, "high noon comes today": the hour of a showdown.
    if (ast.kind == ast_kind::time_of_day && match == "noon") return word_before(text, begin) == "high";
    // "a second group", "a second betrayal": the ordinal.
    if (ast.kind == ast_kind::duration && ast.unit == time_unit::second && match == "a second") {
        const std::string_view after = word_after(text, end);
        return !after.empty() && !is_listed(after, after_a_duration);
    }
    return false;
}

}  // namespace dateline::detail
