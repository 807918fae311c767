// What on a news page is not the article: navigation, footers, sidebars, comments, related and
// "most read" links, sharing buttons, cookie banners, newsletters, advertising.
#pragma once

#include <gumbo.h>

namespace dateline::detail {

// An element that, with everything inside it, is page furniture rather than the article.
bool is_boilerplate(const GumboNode* element);

}  // namespace dateline::detail
