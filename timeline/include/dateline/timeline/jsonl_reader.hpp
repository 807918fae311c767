// JSON Lines crawler dumps (news-please, Media Cloud, GDELT-style exports): one article per line,
// a JSON object whose fields are found by their common names. Each line is read on its own, so
// a caller can stream a file line by line (read_jsonl_record) or hand over all of it (read_jsonl).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
// A lower `max_line_bytes` refuses shorter lines (a caller's own limit).
article_result read_jsonl_record(std::string_view file, std::size_t line, std::string_view text,
                                 std::size_t max_line_bytes = max_jsonl_line_bytes);

// "not a JSON Lines file: a PDF document" and the like when the bytes (the file, or its first
// bytes when it is streamed) are not text at all; nullopt when they are.
std::optional<diagnostic> jsonl_not_text(std::string_view file, std::string_view bytes);

// FILE:LINE: "line is N bytes long; a record may be at most M bytes (8 MiB)".
diagnostic jsonl_line_too_long(std::string_view file, std::size_t line, std::size_t length,
                               std::size_t max_line_bytes);

// The lines of one file in order, given one at a time by a caller that streams the file (the
// lines need not be in memory together): line numbers, a byte order mark on the first line, CR
// line ends, and at most 20 bad lines reported (then one line saying how many more there were).
class jsonl_stream {
public:
    explicit jsonl_stream(std::string file, std::size_t max_line_bytes = max_jsonl_line_bytes);
    // The next line, without its '\n'.
    article_result line(std::string_view text);
    // The next line, which is `length` bytes long (without its line break): more than the
    // limit, so its bytes were never kept. An error at its line.
    article_result overlong_line(std::size_t length);
    // At the end of the file: the count of bad lines not reported, if any.
    std::vector<diagnostic> finish() const;

private:
    article_result keep_some(article_result record);

    std::string file_;
    std::size_t max_line_bytes_;
    std::size_t line_ = 0;
    std::size_t reported_ = 0;
    std::size_t unreported_ = 0;
};

// Every line of a file (a byte order mark and CR line ends are allowed).
articles_result read_jsonl(std::string_view file, std::string_view bytes);

}  // namespace dateline
