#include "read_file.hpp"

#include <fmt/format.h>

#include "dateline/parser/huge_pages.hpp"
#include "input_file.hpp"

namespace dateline::cli {
namespace {

constexpr std::size_t read_step = std::size_t{1} << 16;

}  // namespace

std::string byte_limit(std::size_t max_bytes) {
    constexpr std::size_t mib = std::size_t{1} << 20;
    if (max_bytes % mib == 0) return fmt::format("{} MiB ({} bytes)", max_bytes / mib, max_bytes);
    return fmt::format("{} bytes", max_bytes);
}

file_contents read_file(const std::string& path, std::size_t max_bytes) {
    input_file in(path);
    if (in.error()) return {{}, in.error()};
    if (in.size() && *in.size() > max_bytes)
        return {{}, fmt::format("{} bytes, more than the {} a file read whole may have (--max-file-bytes)", *in.size(),
                                byte_limit(max_bytes))};
    file_contents result;
    // One byte of room for the read that finds the end: the string never grows (or keeps spare
    // capacity, which a document would hold for its life) for it.
    reserve_huge(result.bytes, static_cast<std::size_t>(*in.size()) + 1);
    for (;;) {
        const std::size_t room = result.bytes.capacity() - result.bytes.size();
        if (in.read_some(result.bytes, room > 0 ? room : read_step) == 0) break;
    }
    if (in.error()) return {{}, in.error()};
    return result;
}

}  // namespace dateline::cli
