#include "range_days.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "char_classes.hpp"

namespace dateline::detail {
namespace {

// Blanks, and the filler bytes a folded typographic dash leaves after its '-'.
bool is_gap(char c) { return c == ' ' || c == '\t' || c == '\x01'; }

constexpr std::array<std::string_view, 6> joining_words = {"to", "and", "through", "till", "until", "or"};

bool is_joining_word(std::string_view w) { return std::find(joining_words.begin(), joining_words.end(), w) != joining_words.end(); }

// Words after a number that make it an amount or a clock time, not a day: "8-12 hours", "2-3 pm".
constexpr std::array<std::string_view, 22> amount_words = {
    "am", "pm", "a", "p", "h", "hr", "hrs", "hour", "hours", "min", "mins", "minutes", "sec", "secs", "seconds",
    "days", "weeks", "months", "years", "percent", "per", "times"};

bool is_amount_word(std::string_view w) { return std::find(amount_words.begin(), amount_words.end(), w) != amount_words.end(); }

bool is_ordinal_suffix(std::string_view s) { return s == "st" || s == "nd" || s == "rd" || s == "th"; }

struct number_at {
    std::size_t begin;
    std::size_t end;  // past the digits and an ordinal suffix ("22nd")
    unsigned value;
};

// One or two digits (up to `most_digits`) starting at `p`, an ordinal suffix allowed, then no
// letter or digit.
std::optional<number_at> number_from(std::string_view text, std::size_t p, std::size_t most_digits = 2) {
    std::size_t q = p;
    while (q < text.size() && q - p <= most_digits && is_digit(text[q])) ++q;
    if (q == p || q - p > most_digits) return std::nullopt;
    unsigned value = 0;
    for (std::size_t k = p; k < q; ++k) value = value * 10 + static_cast<unsigned>(text[k] - '0');
    if (q + 2 <= text.size() && is_ordinal_suffix(text.substr(q, 2))) q += 2;
    if (q < text.size() && is_alnum(text[q])) return std::nullopt;
    return number_at{p, q, value};
}

// One or two digits (an ordinal suffix allowed) ending at `end`, standing alone: after a blank,
// a bracket or a quote, or at the start of the text ("2013-10-12" and "1.10" are no such number).
std::optional<number_at> number_before(std::string_view text, std::size_t end, std::size_t most_digits = 2) {
    std::size_t digits_end = end;
    if (end >= 2 && is_ordinal_suffix(text.substr(end - 2, 2))) digits_end = end - 2;
    std::size_t p = digits_end;
    while (p > 0 && digits_end - p <= most_digits && is_digit(text[p - 1])) --p;
    if (p == digits_end || digits_end - p > most_digits) return std::nullopt;
    if (p > 0) {
        const char before = text[p - 1];
        if (before != ' ' && before != '\t' && before != '\n' && before != '(' && before != '[' && before != '"')
            return std::nullopt;
    }
    const auto n = number_from(text, p, most_digits);
    if (!n || n->end != end) return std::nullopt;
    return n;
}

// What follows a number that is a day: not a clock time or a decimal ("1:30", "1.5"), not a
// fraction or a percentage, not an amount ("8-12 hours").
bool ends_as_a_day(std::string_view text, std::size_t end) {
    if (end < text.size()) {
        const char c = text[end];
        const bool then_digit = end + 1 < text.size() && is_digit(text[end + 1]);
        if ((c == ':' || c == '.' || c == '/') && then_digit) return false;
        if (c == '%') return false;
    }
    std::size_t p = end;
    while (p < text.size() && is_gap(text[p])) ++p;
    std::size_t q = p;
    while (q < text.size() && is_letter(text[q])) ++q;
    return !is_amount_word(text.substr(p, q - p));
}

// A joiner ending at `end` ("-", "&", "to", "and", ...; blanks around it): where it begins.
std::optional<std::size_t> joiner_before(std::string_view text, std::size_t end) {
    std::size_t p = end;
    while (p > 0 && is_gap(text[p - 1])) --p;
    if (p == 0) return std::nullopt;
    if (text[p - 1] == '-' || text[p - 1] == '&') {
        --p;
    } else {
        std::size_t start = p;
        while (start > 0 && is_letter(text[start - 1])) --start;
        if (!is_joining_word(text.substr(start, p - start)) || (start > 0 && is_alnum(text[start - 1])))
            return std::nullopt;
        p = start;
    }
    while (p > 0 && is_gap(text[p - 1])) --p;
    return p;
}

// A joiner starting at `p` (a comma also, in a list): where what follows it begins.
struct joiner {
    std::size_t next;
    bool comma;
};
std::optional<joiner> joiner_after(std::string_view text, std::size_t p) {
    while (p < text.size() && is_gap(text[p])) ++p;
    if (p >= text.size()) return std::nullopt;
    bool comma = false;
    if (text[p] == '-' || text[p] == '&' || text[p] == ',') {
        comma = text[p] == ',';
        ++p;
    } else {
        std::size_t q = p;
        while (q < text.size() && is_letter(text[q])) ++q;
        if (!is_joining_word(text.substr(p, q - p))) return std::nullopt;
        p = q;
    }
    while (p < text.size() && is_gap(text[p])) ++p;
    return joiner{p, comma};
}

// After a number joined by a comma, the list must go on or end there ("May 5, 6 and 7",
// "2 - 3, 9 - 10)"): "May 5, 10 people" is a count.
bool list_goes_on_or_ends(std::string_view text, std::size_t end) {
    std::size_t p = end;
    while (p < text.size() && is_gap(text[p])) ++p;
    if (p >= text.size()) return true;
    const char c = text[p];
    if (c == ')' || c == ']' || c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') return true;
    return joiner_after(text, end).has_value();
}

bool is_plain_day(const temporal_ast& a) {
    return a.kind == ast_kind::calendar_date && a.month && a.day && !a.hour && a.part == day_part::none;
}

recognized day_like(const recognized& date, const number_at& n) {
    temporal_ast a;
    a.kind = ast_kind::calendar_date;
    a.year = date.ast.year;
    a.two_digit_year = date.ast.two_digit_year;
    a.month = date.ast.month;
    a.day = n.value;
    return recognized{n.begin, n.end, a};
}

// "481 BC" alone (no month): the end of a range of years before Christ.
bool is_year_bc(const temporal_ast& a) {
    return a.kind == ast_kind::calendar_date && a.year && *a.year < 0 && !a.month && a.rel == relation::none;
}

}  // namespace

void add_days_of_ranges(std::string_view folded, std::vector<recognized>& found, std::size_t from) {
    const std::size_t count = found.size();
    for (std::size_t i = from; i < count; ++i) {
        const recognized date = found[i];
        const std::size_t earlier_end = i > from ? found[i - 1].end : 0;
        // "499-493 BC", "264 to 241 BC": the first year of the range counts down to the second.
        if (is_year_bc(date.ast) && is_digit(folded[date.begin])) {
            constexpr std::size_t year_digits = 4;
            const auto j = joiner_before(folded, date.begin);
            const auto n = j ? number_before(folded, *j, year_digits) : std::nullopt;
            if (n && n->begin >= earlier_end && n->value > static_cast<unsigned>(-*date.ast.year)) {
                temporal_ast a = date.ast;
                a.year = -static_cast<int>(n->value);
                found.push_back(recognized{n->begin, n->end, a});
            }
            continue;
        }
        if (!is_plain_day(date.ast)) continue;
        const std::size_t later_begin = i + 1 < count ? found[i + 1].begin : folded.size();
        // "10-12 October", "15 to 22 February": the date begins with its day.
        if (is_digit(folded[date.begin])) {
            if (const auto j = joiner_before(folded, date.begin)) {
                const auto n = number_before(folded, *j);
                if (n && n->begin >= earlier_end && n->value >= 1 && n->value < *date.ast.day)
                    found.push_back(day_like(date, *n));
            }
        }
        // "April 8-12", "May 4 and 5", "May 2 - 3, 9 - 10": the date ends with its day.
        const bool ends_with_day = is_digit(folded[date.end - 1]) ||
                                   (date.end >= 3 && is_ordinal_suffix(folded.substr(date.end - 2, 2)) &&
                                    is_digit(folded[date.end - 3]));
        if (date.ast.year || !ends_with_day) continue;
        unsigned last = *date.ast.day;
        std::size_t p = date.end;
        while (const auto j = joiner_after(folded, p)) {
            const auto n = number_from(folded, j->next);
            if (!n || n->end > later_begin || n->value <= last || n->value > 31 || !ends_as_a_day(folded, n->end))
                break;
            if (j->comma && !list_goes_on_or_ends(folded, n->end)) break;
            found.push_back(day_like(date, *n));
            last = n->value;
            p = n->end;
        }
    }
    if (found.size() == count) return;
    std::sort(found.begin() + static_cast<std::ptrdiff_t>(from), found.end(),
              [](const recognized& a, const recognized& b) { return a.begin < b.begin; });
}

}  // namespace dateline::detail
