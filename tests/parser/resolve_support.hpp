// Test support for the resolver: an AST builder, contexts written as strings, and the row
// checker shared by the table-driven tests.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>
#include <gtest/gtest.h>

#include "dateline/parser/resolve.hpp"

namespace dateline::resolve_testing {

using T = timex_type;
using G = granularity;
inline constexpr tense past = tense::past;
inline constexpr tense future = tense::future;
inline constexpr tense unknown = tense::unknown;
inline constexpr tense present = tense::present;

// temporal_ast with one setter per field: kind(ast_kind::weekday).wd(3).rel(relation::last)
struct ast_builder {
    temporal_ast a;

    ast_builder rel(relation r) const { auto c = *this; c.a.rel = r; return c; }
    ast_builder year(int y) const { auto c = *this; c.a.year = y; return c; }
    ast_builder yy(int y) const { auto c = *this; c.a.year = y; c.a.two_digit_year = true; return c; }
    ast_builder month(unsigned m) const { auto c = *this; c.a.month = m; return c; }
    ast_builder day(unsigned d) const { auto c = *this; c.a.day = d; return c; }
    ast_builder wd(unsigned w) const { auto c = *this; c.a.weekday = w; return c; }
    ast_builder number(unsigned n) const { auto c = *this; c.a.number = n; return c; }
    ast_builder season(season_name s) const { auto c = *this; c.a.season = s; return c; }
    ast_builder unit(time_unit u) const { auto c = *this; c.a.unit = u; return c; }
    ast_builder count(double n) const { auto c = *this; c.a.count = n; return c; }
    ast_builder fuzzy() const { auto c = *this; c.a.fuzzy_count = true; return c; }
    ast_builder dir(direction d) const { auto c = *this; c.a.dir = d; return c; }
    ast_builder offset(int days) const { auto c = *this; c.a.day_offset = days; return c; }
    ast_builder part(day_part p) const { auto c = *this; c.a.part = p; return c; }
    ast_builder at(unsigned h, unsigned m) const { auto c = *this; c.a.hour = h; c.a.minute = m; return c; }
    ast_builder mod(point_mod m) const { auto c = *this; c.a.mod = m; return c; }
    ast_builder vague(vague_ref v) const { auto c = *this; c.a.vague = v; return c; }
    ast_builder times(unsigned n) const { auto c = *this; c.a.times = n; return c; }

    operator temporal_ast() const { return a; }  // NOLINT: rows read better without a call
};

inline ast_builder kind(ast_kind k) {
    ast_builder b;
    b.a.kind = k;
    return b;
}

// Weekday numbers as the AST encodes them (date::weekday: Sunday 0 .. Saturday 6).
inline constexpr unsigned sun = 0, mon = 1, tue = 2, wed = 3, thu = 4, fri = 5, sat = 6;

inline date::local_days day_of(std::string_view text) {
    int y = 0;
    unsigned m = 0, d = 0;
    EXPECT_EQ(std::sscanf(std::string{text}.c_str(), "%d-%u-%u", &y, &m, &d), 3) << text;
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

// "2025-04-24" (no time), "2025-04-24T10:35", "2025-04-24T10:35+03:00"; "" is an undated document.
inline std::optional<publication_time> dct_of(std::string_view text) {
    if (text.empty()) return std::nullopt;
    publication_time p{day_of(text.substr(0, 10)), std::nullopt, ""};
    if (text.size() >= 16) {
        unsigned h = 0, m = 0;
        EXPECT_EQ(std::sscanf(std::string{text.substr(11, 5)}.c_str(), "%u:%u", &h, &m), 2) << text;
        p.time_of_day = std::chrono::hours{h} + std::chrono::minutes{m};
        p.zone = std::string{text.substr(16)};
    }
    return p;
}

// The narrative time as the timeline would hand it over: "2025-03-18" (a day),
// "2025-03-18T10:35" (a minute), "2025-04-23TNI" (a night); "" for none.
inline std::optional<reference_time> narrative_of(std::string_view text) {
    if (text.empty()) return std::nullopt;
    const date::local_seconds midnight{day_of(text.substr(0, 10))};
    reference_time r;
    r.value = std::string{text};
    if (text.size() == 10) {
        r.when = {midnight, midnight + date::days{1}};
        r.grain = granularity::day;
    } else if (text.substr(10) == "TNI") {
        r.when = {midnight + std::chrono::hours{18}, midnight + std::chrono::hours{30}};
        r.grain = granularity::part_of_day;
    } else {
        unsigned h = 0, m = 0;
        EXPECT_EQ(std::sscanf(std::string{text.substr(11, 5)}.c_str(), "%u:%u", &h, &m), 2) << text;
        const auto t = midnight + std::chrono::hours{h} + std::chrono::minutes{m};
        r.when = {t, t + std::chrono::minutes{1}};
        r.grain = granularity::minute;
    }
    return r;
}

inline resolve_context context_of(std::string_view dct, std::string_view narrative, tense t) {
    return {.dct = dct_of(dct), .narrative = narrative_of(narrative), .clause_tense = t, .reported_quarter = {}, .mentioned = {}, .story = {}, .event = {}, .post = false};
}

inline std::string stamp(date::local_seconds t) {
    const auto seconds = date::floor<std::chrono::seconds>(t) - date::floor<std::chrono::minutes>(t);
    return seconds.count() == 0 ? date::format("%FT%R", t) : date::format("%FT%T", t);
}

// A day alone is short for its midnight: "2025-04-24" means "2025-04-24T00:00".
inline std::string full_stamp(std::string_view text) {
    return text.find('T') == std::string_view::npos ? std::string{text} + "T00:00" : std::string{text};
}

struct row {
    std::string_view description;
    temporal_ast ast;
    std::string_view dct;        // "" when undated
    std::string_view narrative;  // "" when no date has been mentioned yet
    tense clause;
    std::string_view value;
    timex_type type;
    std::string_view mod;
    granularity grain;
    std::string_view begin;  // "" when there is no interval
    std::string_view end;
};

inline void expect_row(const row& r) {
    SCOPED_TRACE(std::string{r.description});
    const resolution got = resolve(r.ast, context_of(r.dct, r.narrative, r.clause));
    EXPECT_EQ(got.value, r.value) << "rule " << got.rule;
    EXPECT_EQ(to_string(got.type), to_string(r.type));
    EXPECT_EQ(got.mod, r.mod);
    EXPECT_EQ(to_string(got.grain), to_string(r.grain));
    if (r.begin.empty()) {
        EXPECT_FALSE(got.when.has_value()) << stamp(got.when->begin);
    } else {
        EXPECT_TRUE(got.when.has_value());
        if (got.when) {
            EXPECT_EQ(stamp(got.when->begin), full_stamp(r.begin));
            EXPECT_EQ(stamp(got.when->end), full_stamp(r.end));
        }
    }
}

// Which rule fired and what it was anchored to.
struct rule_row {
    std::string_view description;
    temporal_ast ast;
    std::string_view dct;
    std::string_view narrative;
    tense clause;
    std::string_view rule;
    anchor_kind anchor;
    std::string_view anchor_value;
};

inline void expect_rule_row(const rule_row& r) {
    SCOPED_TRACE(std::string{r.description});
    const resolution got = resolve(r.ast, context_of(r.dct, r.narrative, r.clause));
    EXPECT_EQ(got.rule, r.rule);
    EXPECT_EQ(to_string(got.anchor), to_string(r.anchor));
    EXPECT_EQ(got.anchor_value, r.anchor_value);
}

}  // namespace dateline::resolve_testing
