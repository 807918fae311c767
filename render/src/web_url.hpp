// Which URLs may become links: only http and https, so that "javascript:" or "data:" never do.
#pragma once

#include <string_view>

namespace dateline::render_detail {

// True when `url` starts with "http://" or "https://" (any case) and holds no white space, control
// character, invalid UTF-8 or bidirectional formatting character (which could disguise it).
bool is_web_url(std::string_view url);

}  // namespace dateline::render_detail
