#include "read_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace dateline::cli {

file_contents read_file(const std::string& path) {
    errno = 0;
    std::unique_ptr<std::FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) return {{}, std::strerror(errno)};

    file_contents result;
    char buffer[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        result.bytes.append(buffer, n);
        if (n < sizeof buffer) break;
    }
    // fopen succeeds on a directory; the read then fails with EISDIR.
    if (std::ferror(file.get())) return {{}, std::strerror(errno)};
    return result;
}

}  // namespace dateline::cli
