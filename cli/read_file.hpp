// Loading a whole file as bytes, for the readers that need all of it (a text, a page, a feed, a
// manifest). Only regular files are read (a FIFO or a device named like an article is an error,
// never a wait or an endless read), and none larger than a limit: one article is never that long,
// and holding it would take several times its size.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace dateline::cli {

// An article file, page or feed larger than this is refused unread (--max-file-bytes changes it).
inline constexpr std::size_t default_max_file_bytes = std::size_t{64} << 20;

struct file_contents {
    std::string bytes;
    std::optional<std::string> error;  // strerror text or another reason when the file could not be read
};

file_contents read_file(const std::string& path, std::size_t max_bytes = default_max_file_bytes);

// "a file may be at most 64 MiB (67108864 bytes)": the limit in words, for messages.
std::string byte_limit(std::size_t max_bytes);

}  // namespace dateline::cli
