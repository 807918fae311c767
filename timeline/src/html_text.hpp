// The article's own text on a parsed page: the block with the most paragraph text (or the one
// marked itemprop="articleBody"), as paragraphs, without the page furniture around and inside it.
#pragma once

#include <string>
#include <vector>

#include <gumbo.h>

namespace dateline::detail {

struct article_text {
    std::string headline;                 // the <h1> the article body belongs to, or the page's first
    std::vector<std::string> paragraphs;  // white space folded; headings and list items are paragraphs
    const GumboNode* body = nullptr;      // the element the paragraphs were taken from
    const GumboNode* headline_element = nullptr;
};

article_text extract_article_text(const GumboNode* root);

}  // namespace dateline::detail
