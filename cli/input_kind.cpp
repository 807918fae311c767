#include "input_kind.hpp"

#include <array>
#include <filesystem>
#include <utility>

namespace dateline::cli {
namespace {

constexpr auto extensions = std::to_array<std::pair<std::string_view, input_kind>>({
    {".txt", input_kind::text},
    {".md", input_kind::text},
    {".jsonl", input_kind::jsonl},
    {".ndjson", input_kind::jsonl},
});

constexpr auto format_names = std::to_array<std::pair<std::string_view, input_kind>>({
    {"txt", input_kind::text},
    {"md", input_kind::text},
    {"jsonl", input_kind::jsonl},
});

// The first byte that is not white space (after a byte order mark).
std::string_view start_of(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos ? std::string_view{} : bytes.substr(first);
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
    if (start.starts_with('{')) return input_kind::jsonl;
    return input_kind::text;
}

std::optional<input_kind> kind_by_format_name(std::string_view name) {
    for (const auto& [word, kind] : format_names)
        if (name == word) return kind;
    return std::nullopt;
}

}  // namespace dateline::cli
