// Deciding whether a file given as an article is text at all: a PDF, an image, UTF-16 text, an
// HTML page or random bytes named .txt must be refused with the reason, not turned into a
// chronology of garbage. A few stray invalid bytes in a text are not enough (read_article warns
// about those and keeps the text).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::detail {

struct not_text {
    std::optional<std::size_t> offset;  // of the byte that decided it, when one did
    std::string reason;                 // "a PDF document", "binary data (a NUL byte)", ...
};

// `content` is the whole file.
std::optional<not_text> why_not_text(std::string_view content);

}  // namespace dateline::detail
