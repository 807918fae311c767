// parse_publication_time: ISO 8601 dates and date-times as publishers and feeds write them, with
// an optional UTC offset or IANA zone name. The day and time are kept as the publisher's local
// ones; the zone is only checked and kept as text.
#include <chrono>
#include <exception>
#include <string>

#include <date/date.h>
#include <date/tz.h>

#include "cursor.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline {
namespace {

using detail::cursor;

std::optional<date::local_days> read_iso_day(cursor& c) {
    const auto y = c.digits(4);
    if (!y || !c.eat('-')) return std::nullopt;
    const auto m = c.digits(2);
    if (!m || !c.eat('-')) return std::nullopt;
    const auto d = c.digits(2);
    if (!d || detail::is_ascii_digit(c.peek())) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(*y)}, date::month{*m}, date::day{*d}};
    if (!ymd.ok()) return std::nullopt;
    return date::local_days{ymd};
}

// "21:10", "21:10:00", "21:10:00.250": minutes after midnight (seconds are dropped).
std::optional<std::chrono::minutes> read_clock(cursor& c) {
    const auto h = c.digits(2);
    if (!h || !c.eat(':')) return std::nullopt;
    const auto m = c.digits(2);
    if (!m || *h > 23 || *m > 59) return std::nullopt;
    if (c.eat(':')) {
        const auto s = c.digits(2);
        if (!s || *s > 59) return std::nullopt;
        if (c.eat('.') && !c.digits_between(1, 9)) return std::nullopt;
    }
    return std::chrono::hours{*h} + std::chrono::minutes{*m};
}

// "Z", "+03:00", "+0300", "-05": the text as written, or empty when there is none or it is bad.
std::string read_offset(cursor& c) {
    const std::size_t start = c.pos;
    if (c.eat('Z') || c.eat('z')) return std::string(c.text.substr(start, 1));
    if (c.peek() != '+' && c.peek() != '-') return {};
    ++c.pos;
    const auto h = c.digits(2);
    std::optional<unsigned> m = 0u;
    if (h && c.eat(':')) {
        m = c.digits(2);
    } else if (h && detail::is_ascii_digit(c.peek())) {
        m = c.digits(2);
    }
    if (!h || !m || *h > 14 || *m > 59) {
        c.pos = start;
        return {};
    }
    return std::string(c.text.substr(start, c.pos - start));
}

bool is_known_zone(const std::string& name) {
    try {
        return date::locate_zone(name) != nullptr;
    } catch (const std::exception&) {
        return false;  // the tz database throws for unknown names
    }
}

// An IANA zone name ("Europe/Kyiv", "UTC") checked against the system tz database.
std::string read_zone_name(cursor& c) {
    const std::size_t start = c.pos;
    while (!c.done()) {
        const char ch = c.peek();
        if (!(detail::is_ascii_alnum(ch) || ch == '/' || ch == '_' || ch == '-' || ch == '+')) break;
        ++c.pos;
    }
    std::string name(c.text.substr(start, c.pos - start));
    if (name.empty() || !detail::is_ascii_alpha(name.front()) || !is_known_zone(name)) {
        c.pos = start;
        return {};
    }
    return name;
}

// After a space: an offset ("+03:00", "Z") or a zone name.
std::string read_zone_after_space(cursor& c) {
    const std::size_t start = c.pos;
    if (std::string offset = read_offset(c); !offset.empty()) {
        if (c.done()) return offset;
        c.pos = start;  // "Zulu" is a zone name, not "Z" followed by "ulu"
    }
    return read_zone_name(c);
}

}  // namespace

std::optional<publication_time> parse_publication_time(std::string_view text) {
    cursor c{detail::trim(text)};
    const auto day = read_iso_day(c);
    if (!day) return std::nullopt;
    publication_time out{*day, std::nullopt, {}};
    if (c.done()) return out;

    if (c.eat('T') || c.eat('t')) {
        out.time_of_day = read_clock(c);
        if (!out.time_of_day) return std::nullopt;
        out.zone = read_offset(c);
    } else {
        if (!c.spaces()) return std::nullopt;
        if (detail::is_ascii_digit(c.peek())) {
            out.time_of_day = read_clock(c);
            if (!out.time_of_day) return std::nullopt;
            out.zone = read_offset(c);
        } else {
            out.zone = read_zone_after_space(c);
            if (out.zone.empty()) return std::nullopt;
        }
    }
    if (out.zone.empty() && c.spaces()) {
        out.zone = read_zone_after_space(c);
        if (out.zone.empty()) return std::nullopt;
    }
    if (!c.done()) return std::nullopt;
    return out;
}

}  // namespace dateline
