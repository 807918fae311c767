// The periods of company reports: "the year-ago third quarter", "the quarter a year earlier",
// "last year's fourth quarter", "the 1988 quarter", "the latest period". They are placed by the
// quarter the report is about (the last current quarter the document named, or else the last
// quarter ended before the DCT) or by the DCT's year.
#include "resolve_anchor.hpp"
#include "resolve_days.hpp"
#include "resolve_kinds.hpp"
#include "resolve_unit_period.hpp"

namespace dateline::detail {

namespace {

constexpr timex_type date_type = timex_type::date;

struct reported {
    long long year;
    unsigned number;  // 1..4
    anchor_point anchor;
};

reported quarter_of(date::local_days first_day, anchor_point anchor) {
    const date::year_month_day ymd{first_day};
    return {static_cast<int>(ymd.year()), (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1, std::move(anchor)};
}

std::optional<reported> reported_quarter(const resolve_context& ctx) {
    if (ctx.reported_quarter) {
        const date::local_days first = date::floor<date::days>(ctx.reported_quarter->when.begin);
        return quarter_of(first, anchor_point{first, std::nullopt, anchor_kind::narrative, ctx.reported_quarter->value});
    }
    const auto dct = dct_anchor(ctx);
    if (!dct) return std::nullopt;
    const auto last_ended = calendar_unit_period(time_unit::quarter, dct->day, -1);
    if (!last_ended) return std::nullopt;
    return quarter_of(date::floor<date::days>(last_ended->when.begin), *dct);
}

}  // namespace

bool names_reporting_quarter(const temporal_ast& a) {
    return a.unit == time_unit::year || (a.rel == relation::same && !a.number) || (a.year && !a.number);
}

resolution resolve_reporting_quarter(const temporal_ast& a, const resolve_context& ctx) {
    if (a.number && (*a.number < 1 || *a.number > 4)) return unresolved(date_type, "quarter.invalid");
    if (a.year && a.number && !a.two_digit_year) {
        if (!writable_year(*a.year)) return unresolved(date_type, "quarter.invalid");
        return absolute(quarter_period(*a.year, *a.number), date_type, "quarter.explicit");
    }
    const auto current = reported_quarter(ctx);
    if (!current) return needs_anchor(date_type, "quarter.reporting.undated");
    const unsigned number = a.number.value_or(current->number);

    long long year = current->year;
    std::string_view rule = "quarter.reporting.reported";
    anchor_point anchor = current->anchor;
    if (a.year) {
        if (a.two_digit_year) return unresolved(date_type, "quarter.invalid");
        year = *a.year;
        rule = "quarter.reporting.year_of_reported";
    } else if (a.unit == time_unit::year && a.rel == relation::preceding) {
        const double back = a.count.value_or(1.0);
        if (!(back >= 0 && back <= 10000)) return unresolved_from(date_type, "quarter.out_of_range", anchor);
        year -= static_cast<long long>(back);
        rule = "quarter.reporting.years_before_reported";
    } else if (a.unit == time_unit::year) {
        const auto named = year_named_by(a.rel, ctx);
        if (!named) return needs_anchor(date_type, "quarter.reporting.undated");
        anchor = named->anchor;
        year = named->year;
        rule = "quarter.reporting.dct_year";
    }
    if (!writable_year(year)) return unresolved_from(date_type, "quarter.out_of_range", anchor);
    return anchored(quarter_period(year, number), date_type, rule, anchor);
}

}  // namespace dateline::detail
