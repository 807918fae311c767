// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item or entry an article. Parsed with pugixml.
#pragma once

#include <string_view>

#include "dateline/timeline/articles_result.hpp"

namespace dateline {

// Each item is a document named "FILE:LINE" (the line of its <item> or <entry>) whose content is
// its text with markup removed: RSS content:encoded, else description; Atom content, else summary.
// Its publication date is RSS pubDate (else dc:date), Atom published (else updated); its title
// the item's, its url the item's link, its source the feed's title. Bytes that are not XML are
// one error at the place the parser stopped; XML that is no feed is one error naming its root
// element; an item with no text or an unreadable date is an error at its line, and the other
// items are read.
articles_result read_feed(std::string_view file, std::string_view bytes);

}  // namespace dateline
