#include "url_date.hpp"

#include "cursor.hpp"
#include "text_scan.hpp"
#include "written_day.hpp"

namespace dateline::detail {
namespace {

std::string_view path_of(std::string_view url) {
    std::size_t start = 0;
    if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
        start = url.find('/', scheme + 3);
        if (start == std::string_view::npos) return {};
    }
    const std::size_t end = url.find_first_of("?#", start);
    return url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool is_separator(char c) { return c == '/' || c == '-' || c == '_' || c == '.'; }

std::optional<date::local_days> day_of(unsigned y, unsigned m, unsigned d) {
    if (y < static_cast<unsigned>(first_publication_year) || y > static_cast<unsigned>(last_publication_year))
        return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::local_days{ymd};
}

// At a run of digits that starts path[i]: "2025/04/24", "2025-04-24", "20250424".
std::optional<date::local_days> day_at(std::string_view path, std::size_t i) {
    cursor c{path, i};
    const auto y = c.digits(4);
    if (!y) return std::nullopt;
    if (is_separator(c.peek())) {
        const char sep = c.peek();
        ++c.pos;
        const auto m = c.digits(2);
        if (!m || !c.eat(sep)) return std::nullopt;
        const auto d = c.digits(2);
        if (!d || is_ascii_digit(c.peek())) return std::nullopt;
        return day_of(*y, *m, *d);
    }
    const auto m = c.digits(2);
    const auto d = m ? c.digits(2) : std::nullopt;
    if (!d || is_ascii_digit(c.peek())) return std::nullopt;
    return day_of(*y, *m, *d);
}

}  // namespace

std::optional<date::local_days> date_in_url(std::string_view url) {
    const std::string_view path = path_of(url);
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (!is_ascii_digit(path[i]) || (i > 0 && is_ascii_alnum(path[i - 1]))) continue;
        if (const auto day = day_at(path, i)) return day;
    }
    return std::nullopt;
}

}  // namespace dateline::detail
