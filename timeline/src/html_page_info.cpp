#include "html_page_info.hpp"

#include <array>

#include "html_dom.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t longest_field = 2048;

// "Storm hits coast | Example News" -> "Storm hits coast": the part after the last separator is
// cut when it is shorter than what comes before it (the site's name, not half a headline).
std::string without_site_suffix(std::string title) {
    constexpr std::array<std::string_view, 6> separators{" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
    std::size_t cut = std::string::npos;
    std::size_t cut_length = 0;
    for (const auto sep : separators) {
        const std::size_t at = title.rfind(sep);
        if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
            cut = at;
            cut_length = sep.size();
        }
    }
    if (cut == std::string::npos) return title;
    if (title.size() - cut - cut_length < cut) title.resize(cut);
    return title;
}

std::string field(std::string_view value) { return fold_spaces(value.substr(0, longest_field)); }

}  // namespace

page_info read_page_info(const GumboNode* root) {
    page_info out;
    std::string og_url;
    walk(root, [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_DOCUMENT) return true;
        if (!is_element(n)) return false;
        switch (n->v.element.tag) {
        case GUMBO_TAG_META: {
            const std::string property = to_lower_ascii(attribute(n, "property").empty() ? attribute(n, "name") : attribute(n, "property"));
            const std::string_view content = attribute(n, "content");
            if (property == "og:title" && out.og_title.empty()) out.og_title = field(content);
            else if (property == "og:site_name" && out.site_name.empty()) out.site_name = field(content);
            else if (property == "og:url" && og_url.empty()) og_url = field(content);
            return false;
        }
        case GUMBO_TAG_LINK:
            if (iequals_ascii(attribute(n, "rel"), "canonical") && out.url.empty()) out.url = field(attribute(n, "href"));
            return false;
        case GUMBO_TAG_TITLE:
            if (out.title_element.empty()) out.title_element = without_site_suffix(text_of(n, longest_field));
            return false;
        case GUMBO_TAG_SVG:
            return false;  // an <svg><title> is no page title
        default:
            return !is_hidden_content(n) || n->v.element.tag == GUMBO_TAG_NOSCRIPT;
        }
    });
    if (out.url.empty()) out.url = og_url;
    return out;
}

}  // namespace dateline::detail
