#include "html_boilerplate.hpp"

#include "html_dom.hpp"

namespace dateline::detail {

bool is_boilerplate(const GumboNode* n) {
    if (!is_element(n)) return false;
    switch (n->v.element.tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_MENU:
        return true;
    default:
        break;
    }
    if (is_hidden_content(n)) return true;
    const std::string_view role = attribute(n, "role");
    if (role == "navigation" || role == "complementary" || role == "contentinfo" || role == "banner" ||
        role == "dialog" || role == "alert")
        return true;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
    return class_or_id_contains(n, {"comment", "related", "share", "sharing", "social", "newsletter", "cookie",
                                    "consent", "promo", "advert", "most-read", "mostread", "most_read",
                                    "popular", "recommend", "sidebar", "breadcrumb", "navigation", "navbar",
                                    "footer", "subscribe", "banner", "teaser", "widget", "outbrain", "taboola",
                                    "paywall", "read-more", "readmore", "more-stories", "trending"});
}

}  // namespace dateline::detail
