// What on a news page is not the article: navigation, footers, sidebars, comments, related and
// "most read" links, sharing buttons, cookie banners, newsletters, advertising.
#pragma once

#include <gumbo.h>

namespace dateline::detail {

// How furniture is told: by its tag and role alone (nav, footer, aside, role="navigation"), or
// also by the names in its class and id ("comments", "sidebar-1", "related-posts"). For dates,
// only what holds other articles' or readers' dates counts (comments, related and most-read
// lists, sidebars, teasers): an article's byline often sits in a <footer> or a "meta-footer".
enum class furniture_rule : unsigned char { tags_and_names, tags_only, for_dates };

// An element that, with everything inside it, is page furniture rather than the article.
bool is_boilerplate(const GumboNode* element, furniture_rule rule = furniture_rule::tags_and_names);

}  // namespace dateline::detail
