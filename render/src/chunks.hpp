// Writing a long list of independent pieces (event groups, date sections) on several threads:
// a chunk of consecutive items a string, handed on in item order as soon as it and the chunks
// before it are written, so that the output is the same bytes for any number of threads and is
// written out while later chunks are still being made.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace dateline::render_detail {

// write(out, begin, end) appends items [begin, end) to out; called once per chunk of `per_chunk`
// items, on up to `threads` threads. take(chunk) gets each chunk in order, one call at a time.
void write_in_chunks(std::size_t count, std::size_t per_chunk, unsigned threads,
                     const std::function<void(std::string&, std::size_t, std::size_t)>& write,
                     const std::function<void(std::string_view)>& take);

}  // namespace dateline::render_detail
