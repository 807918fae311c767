#include "output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace dateline::cli {
namespace {

mode_t mode_for(const std::string& path) {
    struct stat existing{};
    if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes) {
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    // Hidden, and not ending in .txt/.md, so a folder walk never takes it for an article.
    std::string temp = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();

    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return std::string(std::strerror(errno));

    const bool written = ::fchmod(fd, mode_for(path)) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
    const int write_errno = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        const int reason = written ? errno : write_errno;
        ::unlink(temp.c_str());
        return std::string(std::strerror(reason));
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int reason = errno;
        ::unlink(temp.c_str());
        return std::string(std::strerror(reason));
    }
    return std::nullopt;
}

std::optional<diagnostic> write_output(const std::string& path, std::string_view bytes) {
    if (path.empty()) {
        errno = 0;
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size() && std::fflush(stdout) == 0) {
            return std::nullopt;
        }
        return diagnostic{severity::error, "dateline", 0, 0,
                          std::string("cannot write to standard output: ") + std::strerror(errno)};
    }
    if (std::optional<std::string> error = write_file_atomically(path, bytes)) {
        return diagnostic{severity::error, path, 0, 0, "cannot write file: " + *error};
    }
    return std::nullopt;
}

}  // namespace dateline::cli
