#include "dateline/parser/recognize.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "ascii_fold.hpp"
#include "dateline/parser/huge_pages.hpp"
#include "config.hpp"
#include "grammar.hpp"
#include "post_readings.hpp"
#include "post_words.hpp"
#include "range_days.hpp"
#include "trigger_words.hpp"
#include "dateline/parser/word_set.hpp"
#include "word_senses.hpp"

namespace dateline {
namespace {

// Letters and digits by table: the scan asks about every byte of a text.
constexpr std::uint8_t letter_class = 1;
constexpr std::uint8_t digit_class = 2;
constexpr auto byte_classes = [] {
    std::array<std::uint8_t, 256> classes{};
    for (std::size_t c = 'a'; c <= 'z'; ++c) classes[c] = classes[c - 'a' + 'A'] = letter_class;
    for (std::size_t c = '0'; c <= '9'; ++c) classes[c] = digit_class;
    return classes;
}();

bool is_ascii_alnum(char c) { return byte_classes[static_cast<unsigned char>(c)] != 0; }
bool is_ascii_alpha(char c) { return byte_classes[static_cast<unsigned char>(c)] == letter_class; }
bool is_digit(char c) { return byte_classes[static_cast<unsigned char>(c)] == digit_class; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "'90s", and "’90s" folded to "'\x01\x01" + "90s".
bool starts_with_apostrophe_digit(std::string_view text, std::size_t p) {
    if (text[p] != '\'') return false;
    ++p;
    while (p < text.size() && text[p] == '\x01') ++p;
    return p < text.size() && is_digit(text[p]);
}

// A number that only continues another ("1.5", "10,000") or is an amount ("$2025", "$ 2025",
// "£1000", "# 1000" where a tokeniser wrote the pound sign as "#") never starts an expression.
// "#2014" without a space is a hashtag, which may be a year.
bool continues_a_number(std::string_view text, std::size_t p) {
    if (p == 0) return false;
    const char before = text[p - 1];
    if (before == '$' || before == '\x7F') return true;  // \x7F: a folded non-ASCII sign (£, €, ¥)
    if (before == ' ' && p >= 2 && (text[p - 2] == '$' || text[p - 2] == '#')) return true;
    return (before == '.' || before == ',') && p >= 2 && is_digit(text[p - 2]);
}

// Equality with the first letters compared inline: most candidates differ there, and the scan
// compares every "the", "a", "to" of a text against word lists.
bool same_word(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

// The word after `end` (letters only) and whether what follows is a number ("the 1990s").
struct next_word {
    std::string_view word;
    bool number = false;
};
next_word word_after(std::string_view text, std::size_t end) {
    while (end < text.size() && (text[end] == ' ' || text[end] == '\n' || text[end] == '\t')) ++end;
    if (end < text.size() && (is_digit(text[end]) || text[end] == '\'')) return {{}, true};
    std::size_t stop = end;
    while (stop < text.size() && is_ascii_alpha(text[stop])) ++stop;
    return {text.substr(end, stop - end), false};
}

// "the", "a" and "an" are the commonest words of English: the grammar is tried after them only
// when the next word can continue an expression ("the end of", "a few days", "the 1990s").
constexpr auto after_the_words = std::to_array<std::string_view>({
    "day", "night", "week", "weekend", "month", "quarter", "year", "decade", "century", "days", "weeks", "months",
    "years", "future", "near", "beginning", "start", "dawn", "middle", "end", "close", "same", "following",
    "previous", "preceding", "prior", "latest", "coming", "comparable", "corresponding", "like", "most", "short",
    "full", "morning", "afternoon", "evening", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
    "eighties", "nineties", "latter"});
constexpr auto after_a_words = std::to_array<std::string_view>({
    "second", "seconds", "minute", "minutes", "min", "hour", "hours", "day", "days", "night", "nights", "week",
    "weeks", "weekend", "fortnight", "month", "months", "quarter", "year", "years", "decade", "decades", "century",
    "millennium", "few", "couple", "dozen", "hundred", "half", "number", "additional", "extra", "further", "later"});
constexpr word_set<128> after_the{after_the_words};
constexpr word_set<128> after_a{after_a_words};

bool article_may_start_expression(std::string_view article, std::string_view text, std::size_t end) {
    const next_word next = word_after(text, end);
    if (next.number) return true;
    if (article == "the") return is_trigger_word(next.word) || after_the.contains(next.word);
    return after_a.contains(next.word);
}

// Trigger words that are common words of English ("to", "at", "that") and start an expression
// only as the head of a phrase of the grammar or its tables ("to date", "at least", "that week",
// "so far", "election day"): the grammar is tried after them only when the next word can go on
// with one. Kept in step with symbols.hpp and grammar_def.hpp: a head missing here costs time, a
// next word missing hides expressions (the grammar tests and the tag outputs on the corpora show
// it).
struct phrase_head {
    std::string_view word;
    std::array<std::string_view, 17> next;  // words that go on with a phrase; "the moment" is two
    bool or_any_trigger = false;  // or any trigger word: a relation or modifier before a whole expression
    bool or_article = true;       // with or_any_trigger, "a", "an", "the" too ("under a week")
    bool or_non_word = true;      // or no word of letters: a digit, dash, apostrophe ("year-end")
};

constexpr std::array<std::string_view, 17> period_words = {
    "week", "weekend", "wknd", "month", "quarter", "yr", "decade", "century", "day", "same", "morning",
    "afternoon", "evening", "night",
    "the fourth"};  // "this the Fourth of July": a relation before a holiday
constexpr std::array<std::string_view, 17> unit_words = {
    "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "day", "days", "night", "nights", "week",
    "weeks", "weekend", "weekends", "fortnight", "fortnights"};
constexpr std::array<std::string_view, 17> long_unit_words = {
    "month", "months", "quarter", "quarters", "years", "decade", "decades", "century", "centuries",
    "millennium", "millennia", "additional", "extra", "further"};

// "at", "that" and "this" go on with no number or sign ("at 13", "that '"): a relation or a
// vague phrase is followed by a word. "that" and "this" start no phrase with "a"; with "the" only
// a holiday.
constexpr phrase_head phrase_heads[] = {
    {.word = "to", .next = {"date"}},
    {.word = "at", .next = {"present", "the moment", "least", "most"}, .or_non_word = false},
    {.word = "so", .next = {"far"}},
    {.word = "no", .next = {"less", "more"}},
    {.word = "more", .next = {"than"}},
    {.word = "less", .next = {"than"}},
    {.word = "fewer", .next = {"than"}},
    {.word = "up", .next = {"to"}},
    {.word = "upwards", .next = {"of"}},
    {.word = "just", .next = {"under"}},
    {.word = "these", .next = {"days"}},
    {.word = "new", .next = {"year"}},
    {.word = "year", .next = {"end"}},
    {.word = "election", .next = {"day"}},
    {.word = "labor", .next = {"day"}},
    {.word = "memorial", .next = {"day"}},
    {.word = "independence", .next = {"day"}},
    {.word = "veterans", .next = {"day"}},
    {.word = "martin", .next = {"luther"}},
    {.word = "under", .next = {}, .or_any_trigger = true},
    {.word = "that", .next = period_words, .or_any_trigger = true, .or_article = false, .or_non_word = false},
    {.word = "this", .next = period_words, .or_any_trigger = true, .or_article = false, .or_non_word = false},
};

constexpr auto phrase_head_words = [] {
    std::array<std::string_view, std::size(phrase_heads)> words;
    for (std::size_t i = 0; i < words.size(); ++i) words[i] = phrase_heads[i].word;
    return words;
}();
constexpr word_set<64> phrase_head_set{phrase_head_words};

const phrase_head* find_phrase_head(std::string_view word) {
    if (!phrase_head_set.contains(word)) return nullptr;
    for (const phrase_head& h : phrase_heads)
        if (same_word(h.word, word)) return &h;
    return nullptr;
}

bool is_listed(const std::array<std::string_view, 17>& words, std::string_view word) {
    for (const std::string_view w : words)
        if (!w.empty() && same_word(w, word)) return true;
    return false;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The word of letters at `at` after blanks (empty when something else comes first).
std::string_view letters_after(std::string_view text, std::size_t at) {
    while (at < text.size() && is_blank(text[at])) ++at;
    std::size_t stop = at;
    while (stop < text.size() && is_ascii_alpha(text[stop])) ++stop;
    return text.substr(at, stop - at);
}

// Whether `next` (a word of `text`) and the words after it begin with `entry` ("the moment").
bool starts_listed_phrase(std::string_view entry, std::string_view text, std::string_view next) {
    const std::size_t space = entry.find(' ');
    if (space == std::string_view::npos) return same_word(entry, next);
    if (!same_word(entry.substr(0, space), next)) return false;
    const std::size_t after = static_cast<std::size_t>(next.data() - text.data()) + next.size();
    return starts_listed_phrase(entry.substr(space + 1), text, letters_after(text, after));
}

// Whether what follows a phrase head at `end` may go on with its phrase.
bool phrase_may_go_on(const phrase_head& head, std::string_view text, std::size_t end) {
    while (end < text.size() && is_blank(text[end])) ++end;
    if (end >= text.size()) return false;
    if (!is_ascii_alpha(text[end])) return head.or_non_word;
    const std::string_view next = letters_after(text, end);
    for (const std::string_view entry : head.next)
        if (!entry.empty() && entry[0] == next[0] && starts_listed_phrase(entry, text, next)) return true;
    if (!head.or_any_trigger) return false;
    if (next == "the" || next == "a" || next == "an") return head.or_article;
    return is_trigger_word(next) || is_listed(unit_words, next) || is_listed(long_unit_words, next);
}

std::string_view previous_word(std::string_view text, std::size_t& p);

// Whether the grammar may go on after the digits at `p`: most numbers in news count things ("15
// people", "200 drones") and no rule takes them. A rule reads after its digits a year alone (four
// digits, 1000-2999), a suffix or letters ("24th", "5pm", "1990s", "7hrs", "2day"), a date, clock or
// decimal sign ("4/24", "2025-04-24", "10:35", "1.5", "1990's", "30-day"), or blanks and another
// number ("1 1/2") or a word of number_follower_rule ("24 April", "three years"). Anything else
// ends every rule: the grammar is not tried (grammar_def.hpp; the grammar tests and
// bench/same_outputs.sh show a case missed here).
bool number_may_go_on(std::string_view text, std::size_t p) {
    std::size_t q = p;
    while (q < text.size() && is_digit(text[q])) ++q;
    if (q - p == 4 && (text[p] == '1' || text[p] == '2')) return true;
    if (q == text.size()) return false;
    const char c = text[q];
    if (is_ascii_alpha(c) || c == '-' || c == '/' || c == ':' || c == '.' || c == '\'') return true;
    if (!is_blank(c)) return false;
    while (q < text.size() && is_blank(text[q])) ++q;
    if (q == text.size()) return false;
    if (is_digit(text[q])) return true;
    grammar::iterator_type first = text.data() + q;
    return boost::spirit::x3::parse(first, text.data() + text.size(), number_follower_rule());
}

// `text` is folded to lowercase.
// `word_end` is set past the letters read (p when none were): a scan that goes on from there
// does not read them again.
bool is_trigger(std::string_view text, std::size_t p, std::size_t& word_end) {
    word_end = p;
    if (is_digit(text[p])) return !continues_a_number(text, p) && number_may_go_on(text, p);
    if (!is_ascii_alpha(text[p])) return starts_with_apostrophe_digit(text, p);
    std::size_t end = p;
    while (end < text.size() && is_ascii_alpha(text[end])) ++end;
    word_end = end;
    const std::string_view word = text.substr(p, end - p);
    if (!is_trigger_word(word)) return false;
    if (word == "the" || word == "a" || word == "an") return article_may_start_expression(word, text, end);
    if (word.back() == 's' && detail::is_bare_plural_unit(word)) return detail::bare_plural_may_start(text, p, end);
    if (grammar::iterator_type first = text.data() + p;
        boost::spirit::x3::parse(first, text.data() + text.size(), lone_count_rule()))
        return false;
    const phrase_head* head = find_phrase_head(word);
    return head == nullptr || phrase_may_go_on(*head, text, end);
}

bool has_uppercase(std::string_view s) {
    for (char c : s)
        if (is_upper(c)) return true;
    return false;
}

bool ends_with_month_abbreviation(std::string_view match) {
    std::size_t end = match.size();
    if (end > 0 && match[end - 1] == '.') --end;
    std::size_t begin = end;
    while (begin > 0 && is_ascii_alpha(match[begin - 1])) --begin;
    const std::size_t length = end - begin;
    return length > 0 && length <= 4 && match.substr(begin, length) != "June" && match.substr(begin, length) != "July" &&
           match.substr(begin, length) != "May";
}

bool is_position_mod(point_mod m) { return m == point_mod::start || m == point_mod::mid || m == point_mod::end; }

// May a modifier recognised in front of `ast` belong to it? "early April" yes, "over the
// weekend" no (there "over" is a preposition), "almost two weeks" yes.
bool modifier_fits(point_mod m, const temporal_ast& ast) {
    switch (ast.kind) {
    case ast_kind::duration:
    case ast_kind::offset:
        return m == point_mod::none ? ast.kind == ast_kind::offset : !is_position_mod(m);
    case ast_kind::time_of_day:
        return !is_position_mod(m);
    case ast_kind::relative_day:
    case ast_kind::part_of_day:
    case ast_kind::named_unit:
    case ast_kind::weekday:
        return m == point_mod::none || is_position_mod(m);
    case ast_kind::calendar_date:
    case ast_kind::decade:
    case ast_kind::century:
    case ast_kind::season:
    case ast_kind::quarter:
    case ast_kind::half_year:
        return is_position_mod(m);
    case ast_kind::holiday:
        return is_position_mod(m);
    case ast_kind::set:
    case ast_kind::vague:
        return false;
    }
    return false;
}

// The word before `p` when only blanks separate them (a comma or a dash ends the phrase: nothing
// is returned); numbers keep their inner commas and points ("5,000").
std::string_view previous_word(std::string_view text, std::size_t& p) {
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p == 0 || !is_ascii_alnum(text[p - 1])) return {};
    const std::size_t end = p;
    while (p > 0 && (is_ascii_alnum(text[p - 1]) || text[p - 1] == ',' || text[p - 1] == '.')) --p;
    return text.substr(p, end - p);
}

// Checks the grammar cannot make without looking around the match.
// `text` is the folded text, `original` the text as given (same offsets, original capitals).
bool acceptable(const temporal_ast& ast, std::string_view text, std::string_view original, std::size_t begin,
                std::size_t end, std::optional<point_mod> modifier, recognize_options options) {
    const std::string_view match = original.substr(begin, end - begin);
    if (detail::is_quoted_title(text, original, begin, end)) return false;  // ABC's "This Week"
    // Posts write months and holidays in lowercase ("aug", "xmas"); "may" stays the verb.
    if (options.informal && (ast.kind == ast_kind::holiday || (ast.kind == ast_kind::calendar_date && ast.month &&
                                                                !ast.day && !ast.year && ast.rel == relation::none)))
        return text.substr(begin, end - begin) != "may";
    if (ast.kind == ast_kind::calendar_date && ast.month && !ast.day && !ast.year) {
        // "March" the month, not "march" the verb, nor "Jan" the name, nor "the March for Life".
        std::size_t p = begin;
        const std::string_view before = previous_word(text, p);
        // "June last year" ends with its year, not with the month's name.
        const bool month_ends_match = ast.unit != time_unit::year;
        const bool after_article = before == "the" || before == "a";
        return has_uppercase(match) && !(month_ends_match && ends_with_month_abbreviation(match)) &&
               (!after_article || detail::month_modifies_next_word(original, end)) && before != "annual" &&
               !(ast.rel == relation::none && detail::month_is_a_name(text, original, begin, end));
    }
    if (ast.kind == ast_kind::holiday) return has_uppercase(match);  // "Christmas", not "christmas"
    if (ast.kind == ast_kind::calendar_date && ast.year && !ast.month) {
        std::size_t next = end;
        while (next < text.size() && text[next] == ' ') ++next;
        return (next >= text.size() || text[next] != '%') && !detail::counts_years(text, end);
    }
    if (detail::reads_in_another_sense(ast, text, begin, end)) return false;
    // "the year", "the week", "the weekend", "the quarter" alone are the current ones (TimeBank
    // annotates them nearly every time); "the month", "the decade" only behind "the end of".
    if (ast.kind == ast_kind::named_unit && ast.rel == relation::none && ast.unit != time_unit::weekend &&
        ast.unit != time_unit::quarter && ast.unit != time_unit::year && ast.unit != time_unit::week)
        return modifier && is_position_mod(*modifier);
    return true;
}


bool is_number_word(std::string_view w) {
    if (!w.empty() && is_digit(w.front())) return true;
    static constexpr std::string_view words[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                                 "nine", "ten", "dozen", "dozens", "hundred", "hundreds",
                                                 "thousand", "thousands", "million", "millions", "billion"};
    for (auto n : words)
        if (w == n) return true;
    return false;
}

bool is_preposition(std::string_view w) {
    static constexpr std::string_view words[] = {"for", "in", "within", "over", "about", "than", "after",
                                                 "before", "of", "nearly", "almost", "least", "under",
                                                 "past", "last", "first", "next", "than", "only", "just"};
    for (auto n : words)
        if (w == n) return true;
    return false;
}

// "5,000 soldiers a week", "$5 a day": an "a <unit>" after a quantity is a rate (SET), not a
// duration.
bool reads_as_rate(const temporal_ast& ast, std::string_view text, std::size_t begin, std::size_t end) {
    if (ast.kind != ast_kind::duration || !ast.count || *ast.count != 1.0 || ast.fuzzy_count) return false;
    const std::string_view match = text.substr(begin, end - begin);
    if (!(match.starts_with("a ") || match.starts_with("an ")) || match.find('-') != std::string_view::npos) return false;
    std::size_t p = begin;
    const std::string_view nearest = previous_word(text, p);
    if (nearest.empty() || is_preposition(nearest)) return false;
    if (is_number_word(nearest)) return true;
    for (int i = 0; i < 2; ++i) {
        const std::string_view w = previous_word(text, p);
        if (w.empty() || is_preposition(w)) return false;
        if (is_number_word(w)) return true;
    }
    return false;
}

// Posts write clock times as four digits ("left school at 1015", "back at 2250"): a "year" far
// from any a post speaks of (before 1900, after 2100) that reads as hours and minutes is one.
void reread_as_clock(temporal_ast& ast, std::string_view match) {
    if (ast.kind != ast_kind::calendar_date || !ast.year || ast.month || match.size() != 4) return;
    if (*ast.year >= 1900 && *ast.year <= 2100) return;
    const auto n = static_cast<unsigned>(*ast.year);
    if (n / 100 > 23 || n % 100 > 59) return;
    ast = temporal_ast{};
    ast.kind = ast_kind::time_of_day;
    ast.hour = n / 100;
    ast.minute = n % 100;
}

std::optional<recognized> parse_expression(std::string_view text, std::string_view original, std::size_t at,
                                           std::optional<point_mod> modifier, recognize_options options) {
    grammar::iterator_type first = text.data() + at;
    const grammar::iterator_type last = text.data() + text.size();
    temporal_ast ast;
    if (!boost::spirit::x3::parse(first, last, expression_rule(), ast)) return std::nullopt;
    const std::size_t end = static_cast<std::size_t>(first - text.data());
    if (!acceptable(ast, text, original, at, end, modifier, options)) return std::nullopt;
    if (reads_as_rate(ast, text, at, end)) ast.kind = ast_kind::set;
    if (ast.kind == ast_kind::vague) detail::reread_as_span(ast, text, at, end);
    if (ast.kind == ast_kind::duration) detail::reread_as_someday(ast, text, at, end);
    if (ast.kind == ast_kind::duration) detail::reread_before_event(ast, text, at, end);
    if (options.informal) reread_as_clock(ast, text.substr(at, end - at));
    if (options.informal) detail::reread_for_posts(ast, text.substr(at, end - at));
    return recognized{at, end, ast};
}

std::optional<recognized> match_at(std::string_view text, std::string_view original, std::size_t at,
                                   recognize_options options) {
    grammar::iterator_type first = text.data() + at;
    const grammar::iterator_type last = text.data() + text.size();
    point_mod mod = point_mod::none;
    if (boost::spirit::x3::parse(first, last, modifier_rule(), mod)) {
        const std::size_t inner_at = static_cast<std::size_t>(first - text.data());
        if (inner_at < text.size()) {
            if (auto inner = parse_expression(text, original, inner_at, mod, options)) {
                if (modifier_fits(mod, inner->ast)) {
                    if (mod != point_mod::none) inner->ast.mod = mod;
                    inner->begin = at;
                    return inner;
                }
                if (auto alone = parse_expression(text, original, inner_at, std::nullopt, options)) return alone;
            }
        }
    }
    return parse_expression(text, original, at, std::nullopt, options);
}

bool is_word_start(std::string_view text, std::size_t p) {
    if (p > 0 && is_ascii_alnum(text[p - 1])) return false;
    return is_ascii_alnum(text[p]) || text[p] == '\'';
}

}  // namespace

void recognize(std::string_view original, std::vector<recognized>& out, recognize_options options) {
    std::string folded;
    fold_to_ascii(original, folded);
    // About one match per 256 bytes at most in news (one per 370 in the seeds): room for them at
    // once rather than by doubling, which touches every page twice.
    if (const std::size_t room = original.size() / 256; out.capacity() - out.size() < room)
        reserve_huge(out, std::max(out.size() + room, 2 * out.capacity()));
    const std::string_view text = folded;
    const std::size_t first_found = out.size();
    std::size_t p = 0;
    while (p < text.size()) {
        std::size_t scanned = p;  // text[p, scanned) is known to be letters
        if (is_word_start(text, p)) {
            if (is_trigger(text, p, scanned)) {
                if (auto m = match_at(text, original, p, options)) {
                    p = m->end;
                    out.push_back(std::move(*m));
                    continue;
                }
            }
            if (options.informal) {
                if (auto m = detail::match_post_word(text, p)) {
                    p = m->end;
                    out.push_back(std::move(*m));
                    continue;
                }
            }
        }
        if (is_ascii_alnum(text[p])) {
            p = scanned;
            while (p < text.size() && is_ascii_alnum(text[p])) ++p;
        } else {
            ++p;
        }
    }
    if (options.informal) detail::adjust_post_matches(text, out, first_found);
    detail::add_days_of_ranges(text, out, first_found);
}

std::vector<recognized> recognize(std::string_view text, recognize_options options) {
    std::vector<recognized> out;
    recognize(text, out, options);
    return out;
}

}  // namespace dateline
