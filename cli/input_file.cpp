#include "input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace dateline::cli {
namespace {

bool same_time(const std::timespec& a, const std::timespec& b) { return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec; }

std::string changed(std::uint64_t opened, std::uint64_t now) {
    return fmt::format("file changed while it was read ({} bytes when opened, {} bytes now)", opened, now);
}

}  // namespace

input_file::input_file(const std::string& path) {
    // O_NONBLOCK: a FIFO named like an article must not wait forever for a writer.
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd_ < 0) {
        error_ = std::strerror(errno);
        return;
    }
    owns_fd_ = true;
    struct stat status{};
    if (::fstat(fd_, &status) != 0) error_ = std::strerror(errno);
    else if (S_ISDIR(status.st_mode)) error_ = std::strerror(EISDIR);
    // A device or a FIFO (a link to /dev/urandom, say) could be endless.
    else if (!S_ISREG(status.st_mode)) error_ = "not a regular file";
    size_ = static_cast<std::uint64_t>(status.st_size);
    modified_ = status.st_mtim;
}

input_file input_file::standard_input() {
    input_file in;
    in.fd_ = STDIN_FILENO;
    return in;
}

input_file::~input_file() {
    if (owns_fd_) ::close(fd_);
}

input_file::input_file(input_file&& other) noexcept
    : fd_(other.fd_), owns_fd_(other.owns_fd_), size_(other.size_), modified_(other.modified_), read_(other.read_),
      ended_(other.ended_), error_(std::move(other.error_)) {
    other.owns_fd_ = false;
}

bool input_file::unchanged_at_end() {
    if (!size_) return true;
    struct stat status{};
    if (::fstat(fd_, &status) != 0) {
        error_ = std::strerror(errno);
        return false;
    }
    const auto now = static_cast<std::uint64_t>(status.st_size);
    if (read_ != *size_ || now != *size_ || !same_time(status.st_mtim, modified_)) {
        error_ = changed(*size_, std::max(now, read_));
        return false;
    }
    return true;
}

std::size_t input_file::read_some(std::string& into, std::size_t most) {
    if (error_ || ended_ || most == 0) return 0;
    const std::size_t old = into.size();
    into.resize(old + most);
    for (;;) {
        const ssize_t n = ::read(fd_, into.data() + old, most);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error_ = std::strerror(errno);
            into.resize(old);
            return 0;
        }
        const auto got = static_cast<std::size_t>(n);
        into.resize(old + got);
        read_ += got;
        if (size_ && read_ > *size_) {
            error_ = changed(*size_, read_);
            into.resize(old);
            return 0;
        }
        if (got == 0) {
            ended_ = true;
            unchanged_at_end();
        }
        return got;
    }
}

}  // namespace dateline::cli
