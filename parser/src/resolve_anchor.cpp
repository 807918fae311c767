#include "resolve_anchor.hpp"

#include <utility>

#include "resolve_days.hpp"

namespace dateline::detail {

date::local_seconds anchor_point::moment() const {
    return date::local_seconds{day} + time_of_day.value_or(std::chrono::seconds{0});
}

std::optional<anchor_point> dct_anchor(const resolve_context& ctx) {
    if (!ctx.dct || !writable_day(ctx.dct->day)) return std::nullopt;
    std::optional<std::chrono::seconds> time;
    if (ctx.dct->time_of_day && *ctx.dct->time_of_day >= std::chrono::minutes{0} &&
        *ctx.dct->time_of_day < std::chrono::hours{24})
        time = *ctx.dct->time_of_day;
    const date::local_seconds begins{ctx.dct->day};
    return anchor_point{ctx.dct->day, time, anchor_kind::dct, timex_value(*ctx.dct), {begins, begins + date::days{1}}};
}

namespace {

std::optional<anchor_point> anchor_at(const reference_time& n, anchor_kind kind = anchor_kind::narrative) {
    // Checked in seconds first: flooring an absurd time to days would overflow the day count.
    const auto earliest = date::local_seconds{date::local_days{date::year{first_writable_year} / 1 / 1}};
    const auto latest = date::local_seconds{date::local_days{date::year{10000} / 1 / 1}};
    if (n.when.begin < earliest || n.when.begin >= latest) return std::nullopt;
    const date::local_days day = date::floor<date::days>(n.when.begin);
    std::optional<std::chrono::seconds> time;
    if (n.grain <= granularity::hour) time = n.when.begin - date::local_seconds{day};
    return anchor_point{day, time, kind, n.value, n.when};
}

bool is_month_or_longer(time_unit u) {
    return u == time_unit::month || u == time_unit::quarter || u == time_unit::half_year || u == time_unit::year ||
           u == time_unit::decade || u == time_unit::century || u == time_unit::millennium;
}

}  // namespace

std::optional<anchor_point> narrative_anchor(const resolve_context& ctx) {
    if (!ctx.narrative) return std::nullopt;
    return anchor_at(*ctx.narrative);
}

std::optional<anchor_point> story_anchor(const resolve_context& ctx) {
    if (!ctx.story) return std::nullopt;
    return anchor_at(*ctx.story, anchor_kind::story);
}

bool is_narrative_relation(relation r) {
    return r == relation::preceding || r == relation::following || r == relation::same;
}

std::optional<anchor_point> anchor_for(relation r, const resolve_context& ctx, time_unit step) {
    if (is_narrative_relation(r)) {
        if (is_month_or_longer(step) && ctx.mentioned)
            if (auto m = anchor_at(*ctx.mentioned)) return m;
        if (auto n = narrative_anchor(ctx)) return n;
    }
    // "last year", "this month", "next April" are the writer's, even in a story.
    if (r == relation::none || is_narrative_relation(r))
        if (auto s = story_anchor(ctx)) return s;
    return dct_anchor(ctx);
}

long long step_of(relation r) {
    switch (r) {
    case relation::last:
    case relation::preceding: return -1;
    case relation::next:
    case relation::following: return 1;
    case relation::this_:
    case relation::same:
    case relation::none: break;
    }
    return 0;
}

std::optional<related_year> year_named_by(relation r, const resolve_context& ctx) {
    auto anchor = anchor_for(r, ctx, time_unit::year);
    if (!anchor) return std::nullopt;
    const long long year = static_cast<int>(date::year_month_day{anchor->day}.year()) + step_of(r);
    return related_year{year, std::move(*anchor)};
}

resolution absolute(const period& p, timex_type type, std::string_view rule) {
    resolution r;
    r.type = type;
    r.value = p.value;
    r.when = p.when;
    r.grain = p.grain;
    r.rule = rule;
    return r;
}

resolution anchored(const period& p, timex_type type, std::string_view rule, const anchor_point& a) {
    resolution r = absolute(p, type, rule);
    r.anchor = a.kind;
    r.anchor_value = a.value;
    return r;
}

resolution unresolved(timex_type type, std::string_view rule, anchor_kind anchor) {
    resolution r;
    r.type = type;
    r.rule = rule;
    r.anchor = anchor;
    return r;
}

resolution needs_anchor(timex_type type, std::string_view rule) {
    return unresolved(type, rule, anchor_kind::missing);
}

resolution unresolved_from(timex_type type, std::string_view rule, const anchor_point& a) {
    resolution r = unresolved(type, rule, a.kind);
    r.anchor_value = a.value;
    return r;
}

resolution value_only(timex_type type, std::string value, std::string_view rule) {
    resolution r = unresolved(type, rule);
    r.value = std::move(value);
    return r;
}

resolution value_only(timex_type type, std::string value, std::string_view rule, const anchor_point& a) {
    resolution r = unresolved_from(type, rule, a);
    r.value = std::move(value);
    return r;
}

}  // namespace dateline::detail
