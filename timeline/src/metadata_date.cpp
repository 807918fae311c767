// parse_metadata_date and find_written_date: the ISO forms go to parse_publication_time; the
// others are read with read_written_day and an optional clock and zone after the day.
#include "dateline/timeline/metadata_date.hpp"

#include <chrono>

#include "cursor.hpp"
#include "dateline/timeline/readers.hpp"
#include "text_scan.hpp"
#include "written_day.hpp"

namespace dateline {
namespace {

using detail::cursor;

bool in_publication_years(date::local_days day) {
    const int y = static_cast<int>(date::year_month_day{day}.year());
    return y >= detail::first_publication_year && y <= detail::last_publication_year;
}

// "20250424", "20250424T080000Z" (the basic ISO form; the time is dropped)
std::optional<publication_time> read_basic_iso(std::string_view text) {
    cursor c{text};
    const auto y = c.digits(4);
    const auto m = y ? c.digits(2) : std::nullopt;
    const auto d = m ? c.digits(2) : std::nullopt;
    if (!d || !(c.done() || c.peek() == 'T')) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(*y)}, date::month{*m}, date::day{*d}};
    if (!ymd.ok()) return std::nullopt;
    return publication_time{date::local_days{ymd}, std::nullopt, {}};
}

// 10 digits: Unix seconds; 13 digits: milliseconds. The day is the UTC one.
std::optional<publication_time> read_unix_time(std::string_view text) {
    if (text.size() != 10 && text.size() != 13) return std::nullopt;
    long long v = 0;
    for (const char ch : text) {
        if (!detail::is_ascii_digit(ch)) return std::nullopt;
        v = v * 10 + (ch - '0');
    }
    if (text.size() == 13) v /= 1000;
    const date::sys_seconds t{std::chrono::seconds{v}};
    const auto day = date::floor<date::days>(t);
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(t - day);
    return publication_time{date::local_days{day.time_since_epoch()}, minutes, "Z"};
}

// "08:00", "8:00", "08:00:00", "8h30", "08.00 Uhr": minutes after midnight.
std::optional<std::chrono::minutes> read_clock(cursor& c) {
    const std::size_t start = c.pos;
    const auto h = c.digits_between(1, 2);
    if (!h || !(c.eat(':') || c.eat('h') || c.eat('.'))) {
        c.pos = start;
        return std::nullopt;
    }
    const auto m = c.digits(2);
    if (!m || *h > 23 || *m > 59) {
        c.pos = start;
        return std::nullopt;
    }
    if (c.peek() == ':' && detail::is_ascii_digit(c.peek(1))) {
        ++c.pos;
        if (!c.digits(2)) {
            c.pos = start;
            return std::nullopt;
        }
    }
    return std::chrono::hours{*h} + std::chrono::minutes{*m};
}

// "+0200", "+02:00", "-05:00", "Z", "GMT", "UTC" after a clock; empty when none.
std::string read_zone(cursor& c) {
    const std::size_t start = c.pos;
    c.spaces();
    const std::size_t at = c.pos;
    if (c.peek() == '+' || c.peek() == '-') {
        ++c.pos;
        const auto h = c.digits(2);
        if (h && *h <= 14) {
            c.eat(':');
            if (c.digits(2)) return std::string(c.text.substr(at, c.pos - at));
        }
    } else {
        const std::string_view word = c.word();
        if (word == "Z" || word == "GMT" || word == "UTC" || word == "UT") return "Z";
    }
    c.pos = start;
    return {};
}

// After the day: ", 08:00", " 08:00:00 +0200", "T08:00", " um 08:00 Uhr", " à 8h30".
void read_time_after_day(cursor& c, publication_time& out) {
    const std::size_t start = c.pos;
    c.eat(',');
    c.eat('T');
    c.spaces();
    for (const std::string_view word : {"um", "at", "\xC3\xA0", "alle", "a las", "-", "|", "/"}) {
        if (detail::istarts_with_ascii(c.rest(), word) && !detail::is_ascii_alpha(c.peek(word.size()))) {
            c.pos += word.size();
            c.spaces();
            break;
        }
    }
    if (const auto clock = read_clock(c)) {
        out.time_of_day = clock;
        out.zone = read_zone(c);
        return;
    }
    c.pos = start;
}

}  // namespace

std::optional<publication_time> parse_metadata_date(std::string_view text) {
    text = detail::trim(text);
    if (text.empty() || text.size() > 200) return std::nullopt;
    if (auto iso = parse_publication_time(text)) {
        if (!in_publication_years(iso->day)) return std::nullopt;
        return iso;
    }
    for (auto reader : {read_basic_iso, read_unix_time}) {
        if (auto p = reader(text)) {
            if (!in_publication_years(p->day)) return std::nullopt;
            return p;
        }
    }
    cursor c{text};
    const auto day = detail::read_written_day(c);
    if (!day) return std::nullopt;
    publication_time out{*day, std::nullopt, {}};
    read_time_after_day(c, out);
    // What follows the day and time must not be the rest of a longer number or date.
    if (!c.done() && detail::is_ascii_alnum(c.peek())) return std::nullopt;
    return out;
}

std::optional<written_date> find_written_date(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (!(detail::is_ascii_alnum(ch))) continue;
        if (i > 0 && detail::is_ascii_alnum(text[i - 1])) continue;  // only at the start of a word
        cursor c{text, i};
        if (const auto day = detail::read_written_day(c)) {
            publication_time when{*day, std::nullopt, {}};
            read_time_after_day(c, when);
            return written_date{when, i, c.pos};
        }
    }
    return std::nullopt;
}

}  // namespace dateline
