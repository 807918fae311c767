#include "chunks.hpp"

#include <algorithm>

#include "dateline/timeline/parallel.hpp"

namespace dateline::render_detail {

std::vector<std::string> written_in_chunks(std::size_t count, std::size_t per_chunk, unsigned threads,
                                           const std::function<void(std::string&, std::size_t, std::size_t)>& write) {
    per_chunk = std::max<std::size_t>(per_chunk, 1);
    std::vector<std::string> chunks((count + per_chunk - 1) / per_chunk);
    for_each_index(chunks.size(), threads, [&](std::size_t k) {
        write(chunks[k], k * per_chunk, std::min(count, (k + 1) * per_chunk));
    });
    return chunks;
}

std::size_t total_size(const std::vector<std::string>& chunks) {
    std::size_t size = 0;
    for (const auto& chunk : chunks) size += chunk.size();
    return size;
}

}  // namespace dateline::render_detail
