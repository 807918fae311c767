// Which reader reads a file: by its extension, or by its first bytes where there is no
// extension to go by (standard input) or the extension lies (an HTML page saved as .txt).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::cli {

enum class input_kind { text, jsonl };

// ".txt", ".md" text; ".jsonl", ".ndjson" JSON Lines; nullopt for any other name.
std::optional<input_kind> kind_by_extension(std::string_view path);

// The extensions read as articles, for messages: ".txt, .md, .jsonl, .ndjson".
std::string article_extensions();

// For bytes with no name: a line starting with '{' is JSON Lines; anything else is text.
input_kind kind_by_content(std::string_view bytes);

// --input-format: "txt" and "md" text, "jsonl" JSON Lines; nullopt for another word.
std::optional<input_kind> kind_by_format_name(std::string_view name);

}  // namespace dateline::cli
