// read_jsonl: the lines of a JSON Lines file, each read by read_jsonl_record.
#include "dateline/timeline/jsonl_reader.hpp"

#include <fmt/format.h>

#include "text_or_binary.hpp"

namespace dateline {
namespace {

// A file where every line is bad (the wrong file named .jsonl) must not print a million lines.
constexpr std::size_t most_errors_reported = 20;

}  // namespace

articles_result read_jsonl(std::string_view file, std::string_view bytes) {
    articles_result out;
    if (const auto why = detail::why_not_text(bytes)) {
        out.diagnostics.push_back({severity::error, std::string(file), 0, 0, "not a JSON Lines file: " + why->reason});
        return out;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    std::size_t line = 0;
    std::size_t unreported = 0;
    for (std::size_t begin = 0; begin < bytes.size();) {
        std::size_t end = bytes.find('\n', begin);
        const std::size_t next = end == std::string_view::npos ? bytes.size() : end + 1;
        if (end == std::string_view::npos) end = bytes.size();
        std::string_view text = bytes.substr(begin, end - begin);
        if (text.ends_with('\r')) text.remove_suffix(1);
        article_result record = read_jsonl_record(file, ++line, text);
        for (diagnostic& d : record.diagnostics) {
            if (out.diagnostics.size() < most_errors_reported) out.diagnostics.push_back(std::move(d));
            else ++unreported;
        }
        if (record.doc) out.documents.push_back(std::move(*record.doc));
        begin = next;
    }
    if (unreported > 0)
        out.diagnostics.push_back({severity::error, std::string(file), 0, 0,
                                   fmt::format("{} more lines could not be read (the first {} are reported above)",
                                               unreported, most_errors_reported)});
    return out;
}

}  // namespace dateline
