// What a page says about itself in its head: title (og:title, else <title> without the site's
// name), site name (og:site_name), address (canonical link, else og:url).
#pragma once

#include <string>

#include <gumbo.h>

namespace dateline::detail {

struct page_info {
    std::string og_title;
    std::string title_element;  // <title> with " | Site", " - Site" cut off
    std::string site_name;
    std::string url;
};

page_info read_page_info(const GumboNode* root);

}  // namespace dateline::detail
