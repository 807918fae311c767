#include "fuzzed_context.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include <date/date.h>

namespace dateline::fuzz {
namespace {

const date::local_days first_day{date::year{0} / 1 / 1};
const date::local_days last_day{date::year{9999} / 12 / 31};
const date::local_days reference_day{date::year{2025} / 4 / 24};

date::local_days clamp_day(date::local_days d) { return std::clamp(d, first_day, last_day); }

}  // namespace

fuzzed_context take_context(const std::uint8_t* data, std::size_t size) {
    std::array<std::uint8_t, context_header_size> h{};
    std::copy_n(data, std::min(size, h.size()), h.begin());

    const long dct_offset = static_cast<long>((h[0] << 16) | (h[1] << 8) | h[2]) - 0x800000L;
    const std::uint8_t flags = h[3];
    const unsigned minutes = static_cast<unsigned>((h[4] << 8) | h[5]) % 1440u;
    const auto narrative_offset = static_cast<std::int16_t>(static_cast<std::uint16_t>((h[6] << 8) | h[7]));

    fuzzed_context out;
    const date::local_days dct = clamp_day(reference_day + date::days{dct_offset});
    if (flags & 0x01u) {
        publication_time p{dct, std::nullopt, ""};
        if (flags & 0x02u) p.time_of_day = std::chrono::minutes{minutes};
        out.ctx.dct = p;
    }
    out.ctx.clause_tense = static_cast<tense>((flags >> 2) & 0x03u);
    if (flags & 0x10u) {
        const date::local_days day = clamp_day(dct + date::days{narrative_offset});
        reference_time n;
        n.when = {date::local_seconds{day}, date::local_seconds{day + date::days{1}}};
        n.grain = granularity::day;
        n.value = date::format("%F", day);
        out.ctx.narrative = n;
    }
    const std::size_t skip = std::min(size, context_header_size);
    out.text = std::string_view(reinterpret_cast<const char*>(data) + skip, size - skip);
    return out;
}

}  // namespace dateline::fuzz
