// The publication date a parsed page gives for itself, from the strongest evidence it has:
// JSON-LD datePublished of an article, publication meta tags, itemprop="datePublished" and
// <time> elements of the article, a date in the canonical URL, the byline's words, a sidebar
// about the article, the page's script data.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline::detail {

struct date_evidence {
    publication_time when;
    date_origin origin = date_origin::none;
    std::string evidence;  // "meta article:published_time=\"2025-04-24T08:00:00+02:00\""
    std::size_t line = 0;
};

// A date the page states where a publication date belongs but that cannot be read ("20250-04-24").
struct unreadable_date {
    std::string evidence;
    std::size_t line = 0;
};

struct page_date {
    std::optional<date_evidence> found;
    std::vector<unreadable_date> unreadable;
};

// `canonical_url` is the page's canonical or og:url address, or empty; `headline` the article's
// <h1>, or null; `title` the page's title; `unparsed_page` the page as saved, scripts and all
// (the last resort: a date its scripts' data give, "publishedAt":"2025-04-24T08:00:00Z").
page_date find_page_date(const GumboNode* root, std::string_view canonical_url, const GumboNode* headline,
                         std::string_view title, std::string_view unparsed_page);

}  // namespace dateline::detail
