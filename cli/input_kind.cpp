#include "input_kind.hpp"

#include <array>
#include <filesystem>
#include <utility>

namespace dateline::cli {
namespace {

constexpr auto extensions = std::to_array<std::pair<std::string_view, input_kind>>({
    {".txt", input_kind::text},
    {".md", input_kind::text},
    {".html", input_kind::html},
    {".htm", input_kind::html},
    {".jsonl", input_kind::jsonl},
    {".ndjson", input_kind::jsonl},
    {".rss", input_kind::feed},
    {".atom", input_kind::feed},
    {".xml", input_kind::feed},
});

constexpr auto format_names = std::to_array<std::pair<std::string_view, input_kind>>({
    {"txt", input_kind::text},
    {"md", input_kind::text},
    {"html", input_kind::html},
    {"jsonl", input_kind::jsonl},
    {"feed", input_kind::feed},
});

// The first byte that is not white space (after a byte order mark).
std::string_view start_of(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos ? std::string_view{} : bytes.substr(first);
}

bool starts_with_ascii_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

bool is_html_start(std::string_view start) {
    return starts_with_ascii_nocase(start, "<!doctype html") || starts_with_ascii_nocase(start, "<html");
}

// After "<?xml ...?>" (and comments or a doctype): what the document really starts with.
std::string_view after_declaration(std::string_view start) {
    const std::size_t end = start.find("?>");
    if (end == std::string_view::npos) return {};
    return start_of(start.substr(end + 2));
}

}  // namespace

std::optional<input_kind> kind_by_extension(std::string_view path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    for (const auto& [name, kind] : extensions)
        if (ext == name) return kind;
    return std::nullopt;
}

std::string article_extensions() {
    std::string out;
    for (const auto& [name, kind] : extensions) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

input_kind kind_by_content(std::string_view bytes) {
    const std::string_view start = start_of(bytes);
    if (is_html_start(start)) return input_kind::html;
    if (start.starts_with("<?xml")) return is_html_start(after_declaration(start)) ? input_kind::html : input_kind::feed;
    if (start.starts_with("<rss") || start.starts_with("<feed") || start.starts_with("<rdf:RDF")) return input_kind::feed;
    if (start.starts_with('{')) return input_kind::jsonl;
    return input_kind::text;
}

input_kind kind_of_text_file(std::string_view bytes) {
    return kind_by_content(bytes) == input_kind::html ? input_kind::html : input_kind::text;
}

std::optional<input_kind> kind_by_format_name(std::string_view name) {
    for (const auto& [word, kind] : format_names)
        if (name == word) return kind;
    return std::nullopt;
}

}  // namespace dateline::cli
