// An article as dateline sees it: the file as read, where its body starts, and what is known
// about its publication.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/story.hpp"

namespace dateline {

// Where a document's publication time came from. The first group is the article's own
// evidence (its front matter, its page's metadata, its feed entry or JSON Lines record);
// then what the user said about it (manifest, --published); then weaker guesses (a dateline
// in the first lines of the text, a date in the file's path).
enum class date_origin : std::uint8_t {
    front_matter,   // "published:" in the front matter of a .txt/.md
    json_ld,        // datePublished in a page's JSON-LD
    meta,           // a <meta> tag (article:published_time, dc.date, ...)
    time_element,   // itemprop="datePublished" or <time datetime> in the article header
    url,            // a date in the page's canonical URL (/2025/04/24/)
    byline,         // the byline's own words ("Published 24 April 2025")
    feed,           // an RSS item's pubDate, an Atom entry's published/updated
    record,         // a date field of a JSON Lines record
    manifest,       // published.tsv
    command_line,   // --published
    text_dateline,  // a dateline in the first lines of the text
    path,           // a date in the folder or file name (2010-05-24/, 20100524-story.txt)
    none,
};

// "front matter", "JSON-LD", "meta tag", "time element", "URL", "byline", "feed", "record",
// "manifest", "--published", "dateline in text", "path", "none"
std::string_view to_string(date_origin o);

struct document {
    std::string path;        // as given on the command line (or built from a folder walk)
    std::string content;     // the file as read, byte for byte; every offset points into this
    std::size_t body_begin = 0;  // first byte after the front matter (0 when there is none)
    std::optional<publication_time> published;
    date_origin published_from = date_origin::none;
    std::string published_evidence;  // what the date was read from, for --explain ("meta article:published_time=...")
    std::string title;
    std::string source;
    std::string url;
    anchor_mode anchoring = anchor_mode::automatic;  // --anchor: how relative dates find their anchor

    std::string_view body() const { return std::string_view(content).substr(body_begin); }
    bool dated() const { return published.has_value(); }
};

}  // namespace dateline
