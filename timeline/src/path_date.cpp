#include "dateline/timeline/path_date.hpp"

#include <initializer_list>
#include <vector>

#include "cursor.hpp"

namespace dateline {
namespace {

using detail::cursor;

constexpr int first_year = 1800;
constexpr int last_year = 2199;

std::optional<date::local_days> day_of(unsigned y, unsigned m, unsigned d) {
    if (y < first_year || y > last_year) return std::nullopt;
    const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::local_days{ymd};
}

bool is_separator(char c) { return c == '-' || c == '_' || c == '.' || c == ' '; }

// The name ends here or goes on after a separator: "2010-05-24", "2010-05-24-story.txt".
bool ends_or_separates(const cursor& c) { return c.done() || is_separator(c.peek()); }

// "2010-05-24...", "2010_05_24...", "2010.05.24...", "20100524..." at the start of a name.
std::optional<date::local_days> leading_day(std::string_view name) {
    cursor c{name};
    const auto y = c.digits(4);
    if (!y) return std::nullopt;
    const char sep = c.peek();
    if (sep == '-' || sep == '_' || sep == '.') {
        ++c.pos;
        const auto m = c.digits(2);
        if (!m || !c.eat(sep)) return std::nullopt;
        const auto d = c.digits(2);
        if (!d || !ends_or_separates(c)) return std::nullopt;
        return day_of(*y, *m, *d);
    }
    const auto m = c.digits(2);
    const auto d = m ? c.digits(2) : std::nullopt;
    if (!d || !ends_or_separates(c)) return std::nullopt;
    return day_of(*y, *m, *d);
}

bool all_digits(std::string_view s, std::size_t min_n, std::size_t max_n) {
    if (s.size() < min_n || s.size() > max_n) return false;
    for (const char ch : s)
        if (!detail::is_ascii_digit(ch)) return false;
    return true;
}

unsigned number(std::string_view digits) {
    unsigned v = 0;
    for (const char ch : digits) v = v * 10 + static_cast<unsigned>(ch - '0');
    return v;
}

// Folders ".../2010/05/24/...". Only folders: in "2010/05/3.txt" the 3 may as well number the article.
std::optional<date::local_days> nested_day(std::string_view year, std::string_view month, std::string_view day) {
    if (!all_digits(year, 4, 4) || !all_digits(month, 1, 2) || !all_digits(day, 1, 2)) return std::nullopt;
    return day_of(number(year), number(month), number(day));
}

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t begin = 0;
    while (begin <= path.size()) {
        std::size_t end = path.find('/', begin);
        if (end == std::string_view::npos) end = path.size();
        if (end > begin) parts.push_back(path.substr(begin, end - begin));
        begin = end + 1;
    }
    return parts;
}

// Built field by field: GCC 12 at -O3 warns of an uninitialised zone in the aggregate form.
path_date dated_by(date::local_days day, std::initializer_list<std::string_view> evidence) {
    path_date found;
    found.published.day = day;
    for (const std::string_view piece : evidence) found.evidence += piece;
    return found;
}

}  // namespace

std::optional<path_date> find_path_date(std::string_view path) {
    const std::vector<std::string_view> parts = split_path(path);
    for (std::size_t i = parts.size(); i-- > 0;) {
        const bool is_file = i + 1 == parts.size();
        const std::string_view slash = is_file ? "" : "/";
        if (const auto day = leading_day(parts[i])) return dated_by(*day, {parts[i], slash});
        if (!is_file && i >= 2) {
            if (const auto day = nested_day(parts[i - 2], parts[i - 1], parts[i]))
                return dated_by(*day, {parts[i - 2], "/", parts[i - 1], "/", parts[i], "/"});
        }
    }
    return std::nullopt;
}

}  // namespace dateline
