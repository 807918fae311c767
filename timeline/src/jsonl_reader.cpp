// read_jsonl and jsonl_stream: the lines of a JSON Lines file, each read by read_jsonl_record.
#include "dateline/timeline/jsonl_reader.hpp"

#include <utility>

#include <fmt/format.h>

#include "text_or_binary.hpp"

namespace dateline {
namespace {

// A file where every line is bad (the wrong file named .jsonl) must not print a million lines.
constexpr std::size_t most_errors_reported = 20;

}  // namespace

jsonl_stream::jsonl_stream(std::string file, std::size_t max_line_bytes)
    : file_(std::move(file)), max_line_bytes_(max_line_bytes) {}

article_result jsonl_stream::keep_some(article_result record) {
    std::vector<diagnostic> kept;
    for (diagnostic& d : record.diagnostics) {
        if (reported_ < most_errors_reported) {
            kept.push_back(std::move(d));
            ++reported_;
        } else {
            ++unreported_;
        }
    }
    record.diagnostics = std::move(kept);
    return record;
}

article_result jsonl_stream::line(std::string_view text) {
    if (++line_ == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (text.ends_with('\r')) text.remove_suffix(1);
    return keep_some(read_jsonl_record(file_, line_, text, max_line_bytes_));
}

article_result jsonl_stream::overlong_line(std::size_t length) {
    article_result out;
    out.diagnostics.push_back(jsonl_line_too_long(file_, ++line_, length, max_line_bytes_));
    return keep_some(std::move(out));
}

std::vector<diagnostic> jsonl_stream::finish() const {
    if (unreported_ == 0) return {};
    return {{severity::error, file_, 0, 0,
             fmt::format("{} more lines could not be read (the first {} are reported above)", unreported_,
                         most_errors_reported)}};
}

std::optional<diagnostic> jsonl_not_text(std::string_view file, std::string_view bytes) {
    const auto why = detail::why_not_text(bytes);
    if (!why) return std::nullopt;
    return diagnostic{severity::error, std::string(file), 0, 0, "not a JSON Lines file: " + why->reason};
}

articles_result read_jsonl(std::string_view file, std::string_view bytes) {
    articles_result out;
    if (auto not_text = jsonl_not_text(file, bytes)) {
        out.diagnostics.push_back(std::move(*not_text));
        return out;
    }
    jsonl_stream lines{std::string(file)};
    for (std::size_t begin = 0; begin < bytes.size();) {
        std::size_t end = bytes.find('\n', begin);
        const std::size_t next = end == std::string_view::npos ? bytes.size() : end + 1;
        if (end == std::string_view::npos) end = bytes.size();
        article_result record = lines.line(bytes.substr(begin, end - begin));
        for (diagnostic& d : record.diagnostics) out.diagnostics.push_back(std::move(d));
        if (record.doc) out.documents.push_back(std::move(*record.doc));
        begin = next;
    }
    for (diagnostic& d : lines.finish()) out.diagnostics.push_back(std::move(d));
    return out;
}

}  // namespace dateline
