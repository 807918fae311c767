#include "read_stdin.hpp"

#include <utility>

namespace dateline::cli {

file_contents read_rest(input_file& in, std::string already_read, std::size_t max_bytes) {
    file_contents result{std::move(already_read), std::nullopt};
    constexpr std::size_t step = std::size_t{1} << 16;
    while (result.bytes.size() <= max_bytes && in.read_some(result.bytes, step) > 0) {
    }
    if (in.error()) return {{}, in.error()};
    if (result.bytes.size() > max_bytes)
        return {{}, "more than the " + byte_limit(max_bytes) + " read whole at most (--max-file-bytes)"};
    return result;
}

}  // namespace dateline::cli
