#include "output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace dateline::cli {
namespace {

// Bytes written between two hints to the kernel to start writing them to the disk.
constexpr std::size_t writeback_bytes = std::size_t{1} << 20;

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

// A new hidden file beside `path` with the mode `path` will have; its descriptor, or the errno text.
int open_temporary(const std::string& path, std::string& temp, std::string& error) {
    const std::filesystem::path target(path);
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    // Hidden, and not ending in .txt/.md, so a folder walk never takes it for an article.
    temp = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        error = std::strerror(errno);
        return -1;
    }
    if (::fchmod(fd, mode_for(path)) != 0) {
        error = std::strerror(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        return -1;
    }
    return fd;
}

// Asks the kernel to start writing bytes [from, to) of `fd` to the disk, without waiting: the
// fsync at the end then has little left to wait for. Only a hint (errors show at the fsync).
void start_writeback(int fd, std::size_t from, std::size_t to) {
#ifdef __linux__
    ::sync_file_range(fd, static_cast<off_t>(from), static_cast<off_t>(to - from), SYNC_FILE_RANGE_WRITE);
#else
    (void)fd, (void)from, (void)to;
#endif
}

// Flushes and closes `fd`, then renames `temp` over `path`; on any failure `temp` is removed.
std::optional<std::string> finish_temporary(int fd, const std::string& temp, const std::string& path) {
    const bool synced = ::fsync(fd) == 0;
    const int sync_errno = errno;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
        const int reason = synced ? errno : sync_errno;
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

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes) {
    std::string temp;
    std::string error;
    const int fd = open_temporary(path, temp, error);
    if (fd < 0) return error;
    if (!write_all(fd, bytes)) {
        const int reason = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        return std::string(std::strerror(reason));
    }
    return finish_temporary(fd, temp, path);
}

output_stream::output_stream(std::string path) : path_(std::move(path)) {}

output_stream::~output_stream() {
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(temp_.c_str());
    }
}

std::optional<diagnostic> output_stream::write(std::string_view bytes) {
    if (path_.empty()) {
        errno = 0;
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size()) return std::nullopt;
        return diagnostic{severity::error, "dateline", 0, 0,
                          std::string("cannot write to standard output: ") + std::strerror(errno)};
    }
    std::string error;
    if (fd_ < 0 && temp_.empty()) fd_ = open_temporary(path_, temp_, error);
    if (fd_ >= 0 && write_all(fd_, bytes)) {
        written_ += bytes.size();
        if (written_ - flushing_ >= writeback_bytes) {
            start_writeback(fd_, flushing_, written_);
            flushing_ = written_;
        }
        return std::nullopt;
    }
    if (error.empty()) error = std::strerror(errno);
    return diagnostic{severity::error, path_, 0, 0, "cannot write file: " + error};
}

std::optional<diagnostic> output_stream::commit() {
    if (path_.empty()) {
        errno = 0;
        if (std::fflush(stdout) == 0) return std::nullopt;
        return diagnostic{severity::error, "dateline", 0, 0,
                          std::string("cannot write to standard output: ") + std::strerror(errno)};
    }
    if (fd_ < 0 && temp_.empty()) {
        if (auto error = write(""); error) return error;
    }
    if (fd_ < 0) return diagnostic{severity::error, path_, 0, 0, "cannot write file: not opened"};
    const int fd = fd_;
    fd_ = -1;
    if (std::optional<std::string> error = finish_temporary(fd, temp_, path_))
        return diagnostic{severity::error, path_, 0, 0, "cannot write file: " + *error};
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
