// JSON Lines crawler dumps (news-please, Media Cloud, GDELT-style exports): one article per line,
// a JSON object whose fields are found by their common names. Each line is read on its own, so
// a caller can stream a file line by line (read_jsonl_record) or hand over all of it (read_jsonl).
#pragma once

#include <cstddef>
#include <string_view>

#include "dateline/timeline/articles_result.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline {

// A longer line is refused unread: no article is this long, and parsing it would cost memory.
inline constexpr std::size_t max_jsonl_line_bytes = std::size_t{8} << 20;

// One line (without its line break) of the file `file`, at 1-based `line`. The document is
// named "FILE:LINE"; its content is the article text (markup removed when it is HTML), so tag
// offsets count bytes of that text. Fields, the first present in each row winning:
//   text      text, maintext, body, content, description
//   published published, date, date_publish, datePublished, publish_date, pubDate, published_at, publishedAt
//   title, url; source from source (a string, or an object's "name"), source_domain, outlet
// Dates are read by parse_metadata_date (ISO 8601, RFC 822, Unix time, ...).
// A line of white space only gives neither a document nor a diagnostic. A line that is not a
// JSON object, holds invalid UTF-8, is longer than max_jsonl_line_bytes, has no text, or has a
// publication date that cannot be read gives one error at FILE:LINE (with the column when known)
// and no document.
article_result read_jsonl_record(std::string_view file, std::size_t line, std::string_view text);

// Every line of a file (a byte order mark and CR line ends are allowed).
articles_result read_jsonl(std::string_view file, std::string_view bytes);

}  // namespace dateline
