// White space folded the way event sentences are: runs of spaces, tabs and line breaks become one
// space, none at either end.
#pragma once

#include <string>
#include <string_view>

namespace dateline::render_detail {

std::string fold_whitespace(std::string_view text);

}  // namespace dateline::render_detail
