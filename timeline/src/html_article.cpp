// read_html_article: decode, parse with gumbo (as a browser would), then read the page's
// head, its article text and its publication date, each by its own function.
#include "dateline/timeline/html_article.hpp"

#include <fmt/format.h>

#include "html_charset.hpp"
#include "html_date_evidence.hpp"
#include "html_page_info.hpp"
#include "html_parse.hpp"
#include "html_prune.hpp"
#include "html_text.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

// Saved news pages are well under this; gumbo needs several times the page in memory.
constexpr std::size_t largest_page = 32u << 20;

std::string compose_text(const std::string& headline, const std::vector<std::string>& paragraphs) {
    std::string out = headline;
    for (const auto& p : paragraphs) {
        if (p == headline) continue;
        if (!out.empty()) out += "\n\n";
        out += p;
    }
    return out;
}

std::size_t line_count(std::string_view text) {
    std::size_t lines = 1;
    for (const char c : text) lines += c == '\n';
    return lines;
}

bool looks_cut_short(std::string_view text) {
    const std::string tail = detail::to_lower_ascii(text.substr(text.size() > 4096 ? text.size() - 4096 : 0));
    return tail.find("</html") == std::string::npos && tail.find("</body") == std::string::npos;
}

}  // namespace

article_result read_html_article(std::string path, std::string_view bytes) {
    article_result out;
    if (bytes.size() > largest_page) {
        out.diagnostics.push_back({severity::error, path, 0, 0,
                                   fmt::format("HTML page of {} bytes is larger than the {} MB read", bytes.size(), largest_page >> 20)});
        return out;
    }
    const detail::decoded_page page = detail::decode_page(bytes);
    if (!page.problem.empty()) out.diagnostics.push_back({severity::warning, path, 0, 0, page.problem});

    const std::string pruned = detail::prune_unread_content(page.text);  // gumbo's tree points into it
    const detail::parsed_page parsed(pruned);
    const GumboNode* root = parsed.root();

    const detail::page_info info = detail::read_page_info(root);
    const detail::article_text text = detail::extract_article_text(root);
    const detail::page_date date =
        detail::find_page_date(root, info.url, text.headline_element,
                               !info.og_title.empty() ? info.og_title : info.title_element, page.text);

    if (looks_cut_short(page.text))
        out.diagnostics.push_back({severity::warning, path, line_count(page.text), 0,
                                   "the page ends without </body> or </html>: it may be cut short"});
    for (const auto& bad : date.unreadable)
        out.diagnostics.push_back({severity::warning, path, bad.line, 0, "cannot read the publication date " + bad.evidence});

    if (text.paragraphs.empty()) {
        out.diagnostics.push_back({severity::error, path, 0, 0, "no article text in the HTML page"});
        return out;
    }

    document doc;
    doc.path = std::move(path);
    doc.title = !info.og_title.empty() ? info.og_title : !text.headline.empty() ? text.headline : info.title_element;
    const std::string& headline = !text.headline.empty() ? text.headline : doc.title;
    doc.content = compose_text(headline, text.paragraphs);
    doc.source = info.site_name;
    doc.url = info.url;
    if (date.found) {
        doc.published = date.found->when;
        doc.published_from = date.found->origin;
        doc.published_evidence = date.found->evidence;
    }
    out.doc = std::move(doc);
    return out;
}

}  // namespace dateline
