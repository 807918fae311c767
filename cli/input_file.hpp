// Reading an input a piece at a time: a regular file (never a FIFO or a device, which could be
// endless or wait forever) or standard input. A file that changes while it is read (it grows,
// shrinks or is rewritten) is an error, not a silent mix of two versions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

namespace dateline::cli {

class input_file {
public:
    // Opens `path`; error() says why when it cannot be read.
    explicit input_file(const std::string& path);
    static input_file standard_input();
    ~input_file();
    input_file(input_file&& other) noexcept;
    input_file& operator=(input_file&&) = delete;
    input_file(const input_file&) = delete;
    input_file& operator=(const input_file&) = delete;

    // Appends up to `most` bytes to `into` and returns how many: 0 at the end or on an error.
    std::size_t read_some(std::string& into, std::size_t most);
    // The reason reading failed (strerror text, "not a regular file", "file changed while it was
    // read (...)"), once it has.
    const std::optional<std::string>& error() const { return error_; }
    // The size when opened; nullopt for standard input.
    std::optional<std::uint64_t> size() const { return size_; }

private:
    input_file() = default;
    bool unchanged_at_end();

    int fd_ = -1;
    bool owns_fd_ = false;
    std::optional<std::uint64_t> size_;
    std::timespec modified_{};
    std::uint64_t read_ = 0;
    bool ended_ = false;
    std::optional<std::string> error_;
};

}  // namespace dateline::cli
