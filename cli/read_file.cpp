#include "read_file.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dateline::cli {
namespace {

class file_descriptor {
public:
    explicit file_descriptor(int fd) : fd_(fd) {}
    ~file_descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    file_descriptor(const file_descriptor&) = delete;
    file_descriptor& operator=(const file_descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

file_contents failure(const char* reason) { return {{}, std::string(reason)}; }

}  // namespace

file_contents read_file(const std::string& path) {
    // O_NONBLOCK: a FIFO named like an article must not wait forever for a writer.
    const file_descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) return failure(std::strerror(errno));

    struct stat status{};
    if (::fstat(fd.get(), &status) != 0) return failure(std::strerror(errno));
    if (S_ISDIR(status.st_mode)) return failure(std::strerror(EISDIR));
    // A device or a FIFO (a link to /dev/urandom, say) could be endless.
    if (!S_ISREG(status.st_mode)) return failure("not a regular file");

    file_contents result;
    result.bytes.reserve(static_cast<std::size_t>(status.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failure(std::strerror(errno));
        if (n == 0) break;
        result.bytes.append(buffer, static_cast<std::size_t>(n));
    }
    return result;
}

}  // namespace dateline::cli
