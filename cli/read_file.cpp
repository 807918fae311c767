#include "read_file.hpp"

#include <fmt/format.h>

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
    // Room for the last, empty read too: the string never doubles for it.
    result.bytes.reserve(static_cast<std::size_t>(in.size().value_or(0)) + read_step);
    while (in.read_some(result.bytes, read_step) > 0) {
    }
    if (in.error()) return {{}, in.error()};
    return result;
}

}  // namespace dateline::cli
