// Reading a saved web page: the article's text (headline, then the body's paragraphs), its
// title, site and address, and its publication date from the strongest evidence the page has
// (JSON-LD, meta tags, time elements, the canonical URL, the byline). Pure function over bytes.
#pragma once

#include <string>
#include <string_view>

#include "dateline/timeline/readers.hpp"

namespace dateline {

// The document's content is the extracted text, not the page: the headline as the first
// paragraph, then the article body's paragraphs, separated by blank lines (offsets of tagged
// expressions count bytes in this text). A page in another charset than UTF-8 is decoded.
// No article text is an error (no document); an unreadable publication date, a charset that
// cannot be followed and a page cut short are warnings.
article_result read_html_article(std::string path, std::string_view bytes);

}  // namespace dateline
