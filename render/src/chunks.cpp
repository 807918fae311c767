#include "chunks.hpp"

#include <algorithm>
#include <optional>

#include "dateline/timeline/ordered_batches.hpp"

namespace dateline::render_detail {
namespace {

struct chunk {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string bytes;
};

}  // namespace

void write_in_chunks(std::size_t count, std::size_t per_chunk, unsigned threads,
                     const std::function<void(std::string&, std::size_t, std::size_t)>& write,
                     const std::function<void(std::string_view)>& take) {
    per_chunk = std::max<std::size_t>(per_chunk, 1);
    std::size_t next = 0;
    // A few chunks ahead of the one being taken per thread: enough that no thread waits for a
    // slot, few enough that little output is held.
    const std::size_t slots = threads > 1 ? 4 * std::size_t{threads} : 1;
    run_batches_of<chunk>(
        threads, slots,
        [&](chunk& c) -> std::optional<std::size_t> {
            if (next == count) return std::nullopt;
            c.begin = next;
            c.end = next = std::min(count, next + per_chunk);
            return 1;
        },
        [&](chunk& c, std::size_t) { write(c.bytes, c.begin, c.end); },
        [&](chunk& c) {
            take(c.bytes);
            c.bytes.clear();  // its capacity kept for the next chunk in this slot
            return true;
        });
}

}  // namespace dateline::render_detail
