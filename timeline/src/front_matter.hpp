// The optional front matter at the top of an article: a "---" line, "key: value" lines, a
// closing "---" line. Values may be quoted with " or '.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline::detail {

struct front_matter_field {
    std::string key;    // lowercase
    std::string value;  // quotes removed
    std::size_t line = 0;
    std::size_t column = 0;  // of the value's first byte (its opening quote when quoted)
};

struct front_matter {
    std::size_t body_begin = 0;  // first byte after the closing line
    std::vector<front_matter_field> fields;
};

struct front_matter_result {
    std::optional<front_matter> matter;  // absent when the text has none, or it never closes
    std::vector<diagnostic> diagnostics;
};

// Reads front matter starting at byte `start` of content (after a byte order mark).
front_matter_result read_front_matter(std::string_view path, std::string_view content, std::size_t start);

}  // namespace dateline::detail
