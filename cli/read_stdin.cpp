#include "read_stdin.hpp"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace dateline::cli {

file_contents read_standard_input() {
    file_contents result;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return {{}, std::string(std::strerror(errno))};
        if (n == 0) break;
        if (result.bytes.size() + static_cast<std::size_t>(n) > most_stdin_bytes)
            return {{}, "more than 1 GiB; save it to a file and name the file"};
        result.bytes.append(buffer, static_cast<std::size_t>(n));
    }
    return result;
}

}  // namespace dateline::cli
