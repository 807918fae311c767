// parse_publication_time on arbitrary bytes: what it accepts is a valid time, and the TIMEX3
// value written for it reads back as the same day and time.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "dateline/timeline/readers.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto p = parse_publication_time(text);
    if (!p) return 0;
    fuzz::check_publication_time(*p);

    const std::string value = timex_value(*p);
    const auto again = parse_publication_time(value);
    fuzz::require(again.has_value(), "the TIMEX3 value of a publication time reads back", value);
    fuzz::require(again->day == p->day && again->time_of_day == p->time_of_day,
                  "the TIMEX3 value of a publication time reads back as the same day and time", value);
    return 0;
}
