// Reading standard input whole, for "-" as a PATH.
#pragma once

#include <cstddef>

#include "read_file.hpp"

namespace dateline::cli {

// More than this is refused rather than held in memory (standard input may never end).
inline constexpr std::size_t most_stdin_bytes = std::size_t{1} << 30;

inline constexpr const char* stdin_name = "<stdin>";

file_contents read_standard_input();

}  // namespace dateline::cli
