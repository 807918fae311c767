// find_text_dateline: a publication date written on one of the first lines of an article
// ("Thursday, April 24, 2025", "Date: 24 April 2025", "2025-04-24T21:10Z").
#include <array>

#include <date/date.h>

#include "calendar_words.hpp"
#include "cursor.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline {
namespace {

using detail::cursor;

constexpr std::size_t lines_searched = 5;  // non-empty lines: title, byline, dateline

// Labels before a dateline: "Date: April 24, 2025". A label with nothing after it gives nothing.
constexpr std::array<std::string_view, 4> labels{"date", "published", "posted", "posted on"};

// A line that starts with a date and then reads like a sentence is body text, not a dateline:
// "April 24, 2025 was the deadliest night of the year." More words than this after the date,
// and a sentence end, make a sentence; "April 24, 2025 at 10:35 a.m." stays a dateline.
constexpr std::size_t most_words_after_dateline = 4;

std::string_view strip_label(std::string_view line) {
    for (const auto label : labels) {
        if (!detail::istarts_with_ascii(line, label)) continue;
        cursor c{line, label.size()};
        c.spaces();
        if (c.eat(':')) return detail::trim(c.rest());
    }
    return line;
}

void skip_ordinal_suffix(cursor& c) {
    for (const std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (detail::istarts_with_ascii(c.rest(), suffix) && !detail::is_ascii_alpha(c.peek(2))) {
            c.pos += 2;
            return;
        }
    }
}

std::optional<unsigned> read_year(cursor& c) { return c.digits_between(4, 4); }

// "April 24, 2025", "Apr. 24 2025", "April 24th, 2025"
std::optional<date::year_month_day> read_month_first(cursor& c) {
    const auto month = detail::month_number(c.word());
    if (!month) return std::nullopt;
    c.eat('.');
    if (!c.spaces()) return std::nullopt;
    const auto day = c.digits_between(1, 2);
    if (!day) return std::nullopt;
    skip_ordinal_suffix(c);
    c.eat(',');
    if (!c.spaces()) return std::nullopt;
    const auto year = read_year(c);
    if (!year) return std::nullopt;
    return date::year{static_cast<int>(*year)} / date::month{*month} / date::day{*day};
}

// "24 April 2025", "24. April 2025", "24 Apr. 2025"
std::optional<date::year_month_day> read_day_first(cursor& c) {
    const auto day = c.digits_between(1, 2);
    if (!day) return std::nullopt;
    skip_ordinal_suffix(c);
    c.eat('.');
    if (!c.spaces()) return std::nullopt;
    const auto month = detail::month_number(c.word());
    if (!month) return std::nullopt;
    c.eat('.');
    c.eat(',');
    if (!c.spaces()) return std::nullopt;
    const auto year = read_year(c);
    if (!year) return std::nullopt;
    return date::year{static_cast<int>(*year)} / date::month{*month} / date::day{*day};
}

// A written date at the start of c, with an optional weekday before it ("Thursday, ").
std::optional<date::local_days> read_written_date(cursor& c) {
    const std::size_t start = c.pos;
    if (detail::is_weekday_name(c.word())) {
        c.eat('.');
        c.eat(',');
        c.spaces();
    } else {
        c.pos = start;
    }
    const std::size_t after_weekday = c.pos;
    auto ymd = read_month_first(c);
    if (!ymd) {
        c.pos = after_weekday;
        ymd = read_day_first(c);
    }
    if (!ymd || !ymd->ok() || detail::is_ascii_alnum(c.peek())) {
        c.pos = start;
        return std::nullopt;
    }
    return date::local_days{*ymd};
}

bool reads_like_a_sentence(std::string_view rest) {
    rest = detail::trim(rest);
    while (!rest.empty() && (rest.back() == '"' || rest.back() == '\'' || rest.back() == ')')) rest.remove_suffix(1);
    if (rest.empty()) return false;
    const char last = rest.back();
    if (last != '.' && last != '!' && last != '?') return false;
    std::size_t words = 0;
    cursor c{rest};
    while (!c.done()) {
        c.spaces();
        if (c.done()) break;
        ++words;
        while (!c.done() && detail::horizontal_space_length(c.text, c.pos) == 0) ++c.pos;
    }
    return words > most_words_after_dateline;
}

std::optional<publication_time> dateline_of_line(std::string_view line) {
    if (auto whole = parse_publication_time(line)) return whole;
    cursor c{line};
    // ISO first word: "2025-04-24 | Kyiv", "2025-04-24T21:10Z Reuters"
    while (!c.done() && detail::horizontal_space_length(line, c.pos) == 0) ++c.pos;
    if (auto iso = parse_publication_time(line.substr(0, c.pos)); iso && !reads_like_a_sentence(c.rest())) return iso;
    c.pos = 0;
    if (const auto day = read_written_date(c); day && !reads_like_a_sentence(c.rest()))
        return publication_time{*day, std::nullopt, {}};
    return std::nullopt;
}

}  // namespace

std::optional<publication_time> find_text_dateline(std::string_view body) {
    std::size_t non_empty = 0;
    std::size_t pos = 0;
    while (pos < body.size() && non_empty < lines_searched) {
        std::size_t end = body.find('\n', pos);
        if (end == std::string_view::npos) end = body.size();
        const std::string_view line = detail::trim(body.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty()) continue;
        ++non_empty;
        const std::string_view text = strip_label(line);
        if (text.empty()) continue;  // "Date:" with nothing after it
        if (auto found = dateline_of_line(text)) return found;
    }
    return std::nullopt;
}

}  // namespace dateline
