#include "written_day.hpp"

#include <utility>

#include "calendar_words.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

// Lowercase, as written after ASCII lowercasing (capital umlauts and accents are rare in dates).
constexpr std::pair<std::string_view, unsigned> month_names[]{
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
    {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // German (Januar, Jänner, März/Maerz, Mai, Juni, Juli, Oktober, Dezember; Okt., Dez.)
    {"januar", 1}, {"j\xC3\xA4nner", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3}, {"maerz", 3},
    {"m\xC3\xA4r", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10},
    {"dezember", 12}, {"dez", 12},
    // French (janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre,
    // novembre, décembre; janv., févr., avr., juil., déc.)
    {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"fevrier", 2}, {"f\xC3\xA9vr", 2}, {"mars", 3}, {"avril", 4},
    {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"ao\xC3\xBBt", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9" "cembre", 12}, {"decembre", 12},
    {"janv", 1}, {"d\xC3\xA9" "c", 12},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"marzo", 3}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"agosto", 8}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
};

constexpr std::string_view other_weekday_names[]{
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "luned\xC3\xAC", "marted\xC3\xAC", "mercoled\xC3\xAC", "gioved\xC3\xAC", "venerd\xC3\xAC", "sabato",
    "domenica", "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado", "domingo",
    "miercoles",
};

bool is_any_weekday_name(std::string_view word) {
    if (is_weekday_name(word)) return true;
    for (const auto name : other_weekday_names)
        if (iequals_ascii(word, name)) return true;
    return false;
}

bool in_publication_years(unsigned year) {
    return year >= static_cast<unsigned>(first_publication_year) && year <= static_cast<unsigned>(last_publication_year);
}

std::optional<date::local_days> make_day(unsigned y, unsigned m, unsigned d) {
    if (!in_publication_years(y)) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::local_days{ymd};
}

// "st", "nd", "rd", "th" (English), "er" (French "1er"), "º"/"°" are read and dropped.
void skip_ordinal_suffix(cursor& c) {
    for (const std::string_view suffix : {"st", "nd", "rd", "th", "er"}) {
        if (istarts_with_ascii(c.rest(), suffix) && !is_ascii_alpha(c.peek(2))) {
            c.pos += 2;
            return;
        }
    }
    for (const std::string_view sign : {"\xC2\xBA", "\xC2\xB0"})
        if (c.rest().starts_with(sign)) c.pos += sign.size();
}

// Spaces, optionally around one of the given punctuation marks: "24. April", "April 24, 2025".
bool separator(cursor& c, std::string_view marks) {
    const std::size_t start = c.pos;
    c.spaces();
    if (!c.done() && marks.find(c.peek()) != std::string_view::npos) ++c.pos;
    c.spaces();
    return c.pos > start;
}

// Spanish and Portuguese "de": "24 de abril de 2025".
void skip_de(cursor& c) {
    const std::size_t start = c.pos;
    if (iequals_ascii(read_letters(c), "de") && c.spaces()) return;
    c.pos = start;
}

bool ends_number(const cursor& c) { return !is_ascii_digit(c.peek()); }

// "2025-04-24", "2025/04/24", "2025.04.24"
std::optional<date::local_days> read_year_first(cursor& c) {
    const auto y = c.digits(4);
    if (!y) return std::nullopt;
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    ++c.pos;
    const auto m = c.digits_between(1, 2);
    if (!m || !c.eat(sep)) return std::nullopt;
    const auto d = c.digits_between(1, 2);
    if (!d) return std::nullopt;
    return make_day(*y, *m, *d);
}

// "24.04.2025", "24/04/2025", "04/24/2025", "24-04-2025"
std::optional<date::local_days> read_numeric_day_first(cursor& c, unsigned first) {
    const char sep = c.peek();
    if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
    ++c.pos;
    const auto second = c.digits_between(1, 2);
    if (!second || !c.eat(sep)) return std::nullopt;
    if (sep == '.') {
        // "31.10.2023", and in German bylines "31.10.23" (a two-digit year is this century's
        // up to 69, the last one's from 70).
        if (const auto y = c.digits_between(4, 4)) return make_day(*y, *second, first);
        const auto yy = c.digits_between(2, 2);
        if (!yy) return std::nullopt;
        return make_day(*yy < 70 ? 2000 + *yy : 1900 + *yy, *second, first);
    }
    const auto y = c.digits(4);
    if (!y || !ends_number(c)) return std::nullopt;
    if (first > 12) return make_day(*y, *second, first);
    if (*second > 12) return make_day(*y, first, *second);
    return std::nullopt;  // "04/05/2025": May 4 or April 5
}

// "24 April 2025", "24. April 2025", "1er avril 2025", "24 de abril de 2025", "24-Apr-2025"
std::optional<date::local_days> read_day_month_year(cursor& c, unsigned day) {
    skip_ordinal_suffix(c);
    if (!separator(c, ".-") ) return std::nullopt;
    skip_de(c);
    const auto month = month_of_name(read_letters(c));
    if (!month) return std::nullopt;
    if (!separator(c, ".,-")) return std::nullopt;
    skip_de(c);
    const auto y = c.digits(4);
    if (!y || !ends_number(c)) return std::nullopt;
    return make_day(*y, *month, day);
}

// "April 24, 2025", "Apr. 24 2025", "April 24th, 2025"
std::optional<date::local_days> read_month_day_year(cursor& c) {
    const auto month = month_of_name(read_letters(c));
    if (!month) return std::nullopt;
    if (!separator(c, ".")) return std::nullopt;
    const auto d = c.digits_between(1, 2);
    if (!d) return std::nullopt;
    skip_ordinal_suffix(c);
    if (!separator(c, ",")) return std::nullopt;
    const auto y = c.digits(4);
    if (!y || !ends_number(c)) return std::nullopt;
    return make_day(*y, *month, *d);
}

std::optional<date::local_days> read_day_after_weekday(cursor& c) {
    const std::size_t start = c.pos;
    if (is_ascii_digit(c.peek())) {
        if (auto day = read_year_first(c); day && ends_number(c)) return day;
        c.pos = start;
        const auto first = c.digits_between(1, 2);
        if (!first) return std::nullopt;
        const std::size_t after_first = c.pos;
        if (auto day = read_numeric_day_first(c, *first)) return day;
        c.pos = after_first;
        return read_day_month_year(c, *first);
    }
    return read_month_day_year(c);
}

}  // namespace

std::string_view read_letters(cursor& c) {
    const std::size_t start = c.pos;
    while (!c.done() && (is_ascii_alpha(c.peek()) || static_cast<unsigned char>(c.peek()) >= 0x80)) {
        if (space_length(c.text, c.pos) > 0) break;  // no-break and other Unicode spaces end a word
        ++c.pos;
    }
    return c.text.substr(start, c.pos - start);
}

std::optional<unsigned> month_of_name(std::string_view word) {
    if (word.size() > 12) return std::nullopt;
    for (const auto& [name, number] : month_names)
        if (iequals_ascii(word, name)) return number;
    return std::nullopt;
}

std::optional<date::local_days> read_written_day(cursor& c) {
    const std::size_t start = c.pos;
    {
        cursor w = c;
        if (is_any_weekday_name(read_letters(w))) {
            separator(w, ".,");
            if (auto day = read_day_after_weekday(w)) {
                c = w;
                return day;
            }
        }
    }
    auto day = read_day_after_weekday(c);
    if (!day) c.pos = start;
    return day;
}

}  // namespace dateline::detail
