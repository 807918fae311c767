#include "feed_time.hpp"

#include <array>
#include <chrono>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "calendar_words.hpp"
#include "cursor.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::detail {
namespace {

// RFC 822's zone names, with the offsets they stand for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> zone_names{{
    {"GMT", "Z"}, {"UT", "Z"}, {"UTC", "Z"}, {"Z", "Z"},
    {"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
    {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"}, {"PDT", "-07:00"},
}};

// "+0300" or "-05:00" as "+03:00"; empty when it is not one.
std::string read_numeric_zone(cursor& c) {
    const std::size_t start = c.pos;
    const char sign = c.peek();
    if (sign != '+' && sign != '-') return {};
    ++c.pos;
    const auto h = c.digits(2);
    c.eat(':');
    const auto m = h ? c.digits(2) : std::nullopt;
    if (!m || *h > 14 || *m > 59) {
        c.pos = start;
        return {};
    }
    return fmt::format("{}{:02}:{:02}", sign, *h, *m);
}

std::string read_zone(cursor& c) {
    if (std::string zone = read_numeric_zone(c); !zone.empty()) return zone;
    const std::string_view word = c.word();
    for (const auto& [name, offset] : zone_names)
        if (iequals_ascii(word, name)) return std::string(offset);
    c.pos -= word.size();
    return {};
}

std::optional<publication_time> parse_rfc822(std::string_view text) {
    cursor c{trim(text)};
    // An optional weekday: "Thu, ".
    if (is_weekday_name(c.word())) {
        c.spaces();
        if (!c.eat(',')) return std::nullopt;
        c.spaces();
    } else {
        c.pos = 0;
    }
    const auto d = c.digits_between(1, 2);
    if (!d || !c.spaces()) return std::nullopt;
    const auto month = month_number(c.word());
    if (!month || !c.spaces()) return std::nullopt;
    auto y = c.digits_between(2, 4);
    if (!y || (*y >= 100 && *y < 1000)) return std::nullopt;
    if (*y < 100) *y += *y >= 50 ? 1900 : 2000;
    const date::year_month_day ymd{date::year{static_cast<int>(*y)}, date::month{*month}, date::day{*d}};
    if (!ymd.ok()) return std::nullopt;
    publication_time out{date::local_days{ymd}, std::nullopt, {}};
    if (!c.spaces()) return c.done() ? std::optional(out) : std::nullopt;

    const auto h = c.digits(2);
    if (!h || !c.eat(':')) return std::nullopt;
    const auto min = c.digits(2);
    if (!min || *h > 23 || *min > 59) return std::nullopt;
    if (c.eat(':')) {
        const auto s = c.digits(2);
        if (!s || *s > 60) return std::nullopt;
    }
    out.time_of_day = std::chrono::hours{*h} + std::chrono::minutes{*min};
    if (c.spaces() && !c.done()) {
        out.zone = read_zone(c);
        if (out.zone.empty()) return std::nullopt;
    }
    c.spaces();
    if (!c.done()) return std::nullopt;
    return out;
}

}  // namespace

std::optional<publication_time> parse_feed_time(std::string_view text) {
    if (auto iso = parse_publication_time(text)) return iso;
    return parse_rfc822(text);
}

}  // namespace dateline::detail
