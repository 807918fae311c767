// Writing a long list of independent pieces (event groups, date sections) on several threads:
// a chunk of consecutive items a string, the strings in item order, so that joined they are the
// same bytes for any number of threads.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dateline::render_detail {

// write(out, begin, end) appends items [begin, end) to out; called once per chunk of
// `per_chunk` items, on up to `threads` threads.
std::vector<std::string> written_in_chunks(std::size_t count, std::size_t per_chunk, unsigned threads,
                                           const std::function<void(std::string&, std::size_t, std::size_t)>& write);

// The chunks' total size.
std::size_t total_size(const std::vector<std::string>& chunks);

}  // namespace dateline::render_detail
