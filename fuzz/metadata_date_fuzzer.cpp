// parse_metadata_date and find_written_date on arbitrary bytes: what they accept is a valid day
// in the publication years, and a written date lies inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <date/date.h>

#include "check.hpp"
#include "dateline/timeline/metadata_date.hpp"

using namespace dateline;

namespace {

void check_publication_year(const publication_time& p, std::string_view text) {
    const int year = static_cast<int>(date::year_month_day{p.day}.year());
    fuzz::require(year >= 1990 && year <= 2099, "a metadata date lies in 1990..2099", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    if (const auto p = parse_metadata_date(text)) {
        fuzz::check_publication_time(*p);
        check_publication_year(*p, text);
    }
    if (const auto w = find_written_date(text)) {
        fuzz::check_publication_time(w->when);
        check_publication_year(w->when, text);
        fuzz::require(w->begin < w->end && w->end <= text.size(), "a written date lies inside the text", text);
        const auto again = parse_metadata_date(text.substr(w->begin, w->end - w->begin));
        fuzz::require(again && again->day == w->when.day, "the text of a written date reads back as the same day",
                      text.substr(w->begin, w->end - w->begin));
    }
    return 0;
}
