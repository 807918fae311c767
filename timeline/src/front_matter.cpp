#include "front_matter.hpp"

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

struct line_view {
    std::string_view text;  // without the line break (and a CR before it)
    std::size_t next = 0;   // first byte of the next line
};

line_view line_at(std::string_view content, std::size_t begin) {
    std::size_t end = content.find('\n', begin);
    const std::size_t next = end == std::string_view::npos ? content.size() : end + 1;
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return {text, next};
}

bool is_fence(std::string_view line) { return trim(line) == "---"; }

std::string_view unquote(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

}  // namespace

front_matter_result read_front_matter(std::string_view path, std::string_view content, std::size_t start) {
    front_matter_result out;
    if (start >= content.size()) return out;
    const line_view opening = line_at(content, start);
    // The opening fence starts the file: "---" with nothing before it on the line.
    if (opening.text.substr(0, trim_end(opening.text, 0, opening.text.size())) != "---") return out;

    front_matter matter;
    std::size_t line_number = 1;
    std::size_t pos = opening.next;
    while (pos < content.size()) {
        const line_view line = line_at(content, pos);
        ++line_number;
        if (is_fence(line.text)) {
            matter.body_begin = line.next;
            out.matter = std::move(matter);
            return out;
        }
        pos = line.next;
        const std::string_view trimmed = trim(line.text);
        if (trimmed.empty() || trimmed.front() == '#') continue;
        const std::size_t colon = line.text.find(':');
        if (colon == std::string_view::npos) {
            out.diagnostics.push_back({severity::warning, std::string(path), line_number, 1,
                                       "front matter line is not \"key: value\"; ignored"});
            continue;
        }
        const std::string_view raw_value = line.text.substr(colon + 1);
        const std::size_t value_offset = colon + 1 + skip_spaces(raw_value, 0);
        matter.fields.push_back({to_lower_ascii(trim(line.text.substr(0, colon))),
                                 std::string(unquote(trim(raw_value))), line_number, value_offset + 1});
    }
    // What looked like fields was the article itself: only the unclosed fence is worth reporting.
    out.diagnostics = {{severity::error, std::string(path), 1, 0, "front matter opened on line 1 is never closed"}};
    return out;
}

}  // namespace dateline::detail
