#include "dateline/timeline/text_kind.hpp"

namespace dateline {

bool is_short_post(std::string_view body) {
    const std::size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return false;
    const std::size_t last = body.find_last_not_of(" \t\r\n");
    const std::string_view text = body.substr(first, last - first + 1);
    constexpr std::size_t longest_post = 280;
    return text.size() <= longest_post && text.find("\n\n") == std::string_view::npos &&
           text.find("\n\r\n") == std::string_view::npos;
}

}  // namespace dateline
