// Reading standard input, for "-" as a PATH.
#pragma once

#include <cstddef>
#include <string>

#include "input_file.hpp"
#include "read_file.hpp"

namespace dateline::cli {

inline constexpr const char* stdin_name = "<stdin>";

// The rest of `in` after `already_read`, whole; more than `max_bytes` is refused rather than held
// in memory (standard input may never end).
file_contents read_rest(input_file& in, std::string already_read, std::size_t max_bytes);

}  // namespace dateline::cli
