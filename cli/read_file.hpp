// Loading a whole file as bytes: the only place `dateline` reads input files. Only regular files
// are read (a FIFO or a device named like an article is an error, never a wait or an endless read).
#pragma once

#include <optional>
#include <string>

namespace dateline::cli {

struct file_contents {
    std::string bytes;
    std::optional<std::string> error;  // strerror text when the file could not be read
};

file_contents read_file(const std::string& path);

}  // namespace dateline::cli
