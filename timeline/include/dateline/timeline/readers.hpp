// Reading inputs from bytes already loaded by the caller (the CLI does the file I/O): articles
// with optional front matter, published.tsv manifests, publication-time strings, and datelines
// in the first lines of a text. Pure functions; problems come back as diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline {

// "2025-04-24", "2025-04-24T21:10:00+03:00", "2025-04-24T21:10Z", "2025-04-24 08:00 Europe/Kyiv".
// Zone names are checked against the system tz database. nullopt when the text is not one.
std::optional<publication_time> parse_publication_time(std::string_view text);

// An article: front matter ("---" line, "key: value" lines, "---" line) is optional; keys
// published, title, source, url are used, others ignored. When front matter gives no date, the
// first lines of the body are searched for a dateline (find_text_dateline). A bad front matter
// yields an error diagnostic and no document; so does a file that is not plain text at all (a PDF,
// an image, UTF-16, an HTML page, binary data). Stray invalid UTF-8 is a warning; the text is kept.
struct article_result {
    std::optional<document> doc;
    std::vector<diagnostic> diagnostics;
};
article_result read_article(std::string path, std::string content);

// A dateline in the first lines of a text: "Thursday, April 24, 2025", "April 24, 2025",
// "2025-04-24", "24 April 2025". Returns nullopt when none is found.
std::optional<publication_time> find_text_dateline(std::string_view body);

// published.tsv: a header row naming the columns (file and published required; source, title,
// url used when present; others ignored), then one row per file.
struct manifest_entry {
    std::string file;
    std::size_t line = 0;
    std::optional<publication_time> published;
    std::string source;
    std::string title;
    std::string url;
};
struct manifest_result {
    std::vector<manifest_entry> entries;
    std::vector<diagnostic> diagnostics;
};
manifest_result read_manifest(std::string_view path, std::string_view content);

}  // namespace dateline
