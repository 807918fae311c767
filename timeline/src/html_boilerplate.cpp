#include "html_boilerplate.hpp"

#include "html_dom.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

// How the names of furniture begin, once lowercased and without '-' and '_': "comments-area",
// "commentList", "sidebar-1", "related_posts", "most-read", "share-buttons", "cookie-banner".
// Only the start of a name counts: "has-sidebar", "right-sidebar" and "elementor-widget" name
// layouts, not furniture.
constexpr std::string_view furniture_starts[]{
    "comment", "related", "share", "sharing", "social", "newsletter", "cookie", "consent", "promo",
    "advert", "mostread", "mostpopular", "popular", "recommend", "sidebar", "breadcrumb", "nav",
    "menu", "footer", "subscribe", "teaser", "outbrain", "taboola", "readmore", "morestories",
    "trending", "disqus",
};

// The furniture that holds other articles' or readers' dates.
constexpr std::string_view dated_furniture_starts[]{
    "comment", "related", "sidebar", "teaser", "mostread", "mostpopular", "popular", "recommend",
    "trending", "morestories", "readmore", "outbrain", "taboola", "disqus", "newsletter", "cookie",
    "consent", "promo", "advert",
};

// A name with one of these in it is about the article ("sidebar-and-content-body").
constexpr std::string_view article_words[]{"content", "article", "body", "story", "entry", "text"};

template <std::size_t N>
bool names_furniture(std::string_view names, const std::string_view (&starts)[N]) {
    if (names.size() > 1024) return false;
    std::size_t i = 0;
    while (i < names.size()) {
        while (i < names.size() && is_ascii_space(names[i])) ++i;
        std::string token;
        while (i < names.size() && !is_ascii_space(names[i])) {
            const char c = names[i++];
            if (c != '-' && c != '_') token += to_lower_ascii(c);
        }
        if (token.empty()) continue;
        bool furniture = false;
        for (const auto start : starts) furniture = furniture || token.starts_with(start);
        if (!furniture) continue;
        bool about_article = false;
        for (const auto word : article_words) about_article = about_article || token.find(word) != std::string::npos;
        if (!about_article) return true;
    }
    return false;
}

}  // namespace

bool is_boilerplate(const GumboNode* n, furniture_rule rule) {
    if (!is_element(n)) return false;
    const bool for_dates = rule == furniture_rule::for_dates;
    switch (n->v.element.tag) {
    case GUMBO_TAG_ASIDE:
        // <aside class="meta"> beside an article's text holds its byline, not other articles.
        if (!for_dates || !class_or_id_contains(n, {"meta", "byline", "date", "author", "info"})) return true;
        break;
    case GUMBO_TAG_NAV: case GUMBO_TAG_FORM: case GUMBO_TAG_MENU:
        return true;
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_BUTTON:
        if (!for_dates) return true;
        break;
    default:
        break;
    }
    if (is_hidden_content(n)) return true;
    const std::string_view role = attribute(n, "role");
    if (role == "navigation" || role == "complementary") return true;
    if (!for_dates && (role == "contentinfo" || role == "banner" || role == "dialog" || role == "alert")) return true;
    if (!for_dates && gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
    if (rule == furniture_rule::tags_only) return false;
    // The page's own containers carry classes about the whole page ("has-sidebar",
    // "comments-open"): they are never furniture by their class.
    switch (n->v.element.tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_MAIN: case GUMBO_TAG_ARTICLE:
        return false;
    default:
        break;
    }
    for (const char* name : {"class", "id"}) {
        const std::string_view names = attribute(n, name);
        if (for_dates ? names_furniture(names, dated_furniture_starts) : names_furniture(names, furniture_starts))
            return true;
    }
    return false;
}

}  // namespace dateline::detail
