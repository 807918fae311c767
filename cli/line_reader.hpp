// The lines of an input read a piece at a time: memory stays near the longest line kept, and a
// line longer than the limit is passed over (only its length counted), never held.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "input_file.hpp"

namespace dateline::cli {

class line_reader {
public:
    enum class kind { line, overlong, end };
    struct next_line {
        kind what = kind::end;
        std::string_view text;   // kind::line: the line without its '\n', valid until the next call
        std::size_t length = 0;  // kind::overlong: its length without the '\n'
        bool ended = true;       // false for a last line with no '\n' after it (a cut file, say)
    };

    // `already_read`: bytes taken from `in` before (to tell what the input is).
    line_reader(input_file& in, std::size_t max_line_bytes, std::string already_read = {});

    // kind::end at the end of the input, or when reading failed (the input_file's error() says why).
    next_line next();

private:
    bool read_more();
    std::size_t skip_rest_of_line();

    input_file& in_;
    std::size_t max_line_bytes_;
    std::string buffer_;
    std::size_t begin_ = 0;    // first byte of the next line in buffer_
    std::size_t scanned_ = 0;  // bytes from begin_ known to hold no '\n'
};

}  // namespace dateline::cli
