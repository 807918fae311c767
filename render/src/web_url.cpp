#include "web_url.hpp"

#include <algorithm>
#include <cctype>

#include "display_text.hpp"

namespace dateline::render_detail {
namespace {

bool starts_with_icase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
               return p == std::tolower(static_cast<unsigned char>(t));
           });
}

}  // namespace

bool is_web_url(std::string_view url) {
    const bool web = starts_with_icase(url, "http://") || starts_with_icase(url, "https://");
    const bool clean = std::none_of(url.begin(), url.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f;
    });
    return web && clean && has_only_plain_characters(url) && url.find("://") + 3 < url.size();
}

}  // namespace dateline::render_detail
