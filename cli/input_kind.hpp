// Which reader reads a file: by its extension, or by its first bytes where there is no
// extension to go by (standard input) or the extension lies (an HTML page saved as .txt).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::cli {

enum class input_kind { text, html, jsonl, feed };

// ".txt", ".md" text; ".html", ".htm" HTML pages; ".jsonl", ".ndjson" JSON Lines; ".rss", ".atom",
// ".xml" feeds; nullopt for any other name.
std::optional<input_kind> kind_by_extension(std::string_view path);

// The extensions read as articles, for messages: ".txt, .md, .html, ...".
std::string article_extensions();

// By the first bytes (after a byte order mark and white space): "<!doctype html" or "<html" (also
// after an XML declaration) is an HTML page; "<?xml", "<rss", "<feed" or "<rdf:RDF" a feed; "{" JSON
// Lines; anything else text.
input_kind kind_by_content(std::string_view bytes);

// A file named .txt or .md is read as text unless it is an HTML page.
input_kind kind_of_text_file(std::string_view bytes);

// --input-format: "txt" and "md" text, "html", "jsonl", "feed"; nullopt for another word.
std::optional<input_kind> kind_by_format_name(std::string_view name);

}  // namespace dateline::cli
