// Where a writer puts its bytes as they are made, piece by piece in order: a file being written,
// standard output, a string. The pieces joined are the whole output, however they are cut.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace dateline {

using byte_sink = std::function<void(std::string_view)>;

// A sink that appends to `out`.
inline byte_sink append_to(std::string& out) {
    return [&out](std::string_view bytes) { out += bytes; };
}

}  // namespace dateline
