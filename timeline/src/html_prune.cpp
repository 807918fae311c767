#include "html_prune.hpp"

#include <cstring>

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

// Index of the first case-insensitive `needle` (lowercase) in s at or after `from`, or npos.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
    while (from < s.size()) {
        const void* hit = std::memchr(s.data() + from, needle.front(), s.size() - from);
        if (!hit) return std::string_view::npos;
        const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
        if (istarts_with_ascii(s.substr(at), needle)) return at;
        from = at + 1;
    }
    return std::string_view::npos;
}

// "<script" followed by the end of the tag name.
bool opens(std::string_view s, std::size_t at, std::string_view tag) {
    if (!istarts_with_ascii(s.substr(at + 1), tag)) return false;
    const std::size_t after = at + 1 + tag.size();
    if (after >= s.size()) return false;
    const char c = s[after];
    return is_ascii_space(c) || c == '>' || c == '/';
}

void append_line_breaks(std::string& out, std::string_view dropped) {
    for (const char c : dropped)
        if (c == '\n') out += '\n';
}

}  // namespace

std::string prune_unread_content(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    std::size_t copied = 0;  // html[0, copied) is already in out
    std::size_t at = html.find('<');
    while (at != std::string_view::npos && at + 1 < html.size()) {
        std::size_t drop_begin = std::string_view::npos;
        std::size_t drop_end = std::string_view::npos;  // where copying resumes
        if (html.substr(at + 1).starts_with("!--")) {
            drop_begin = at;
            const std::size_t close = html.find("-->", at + 4);
            drop_end = close == std::string_view::npos ? html.size() : close + 3;
        } else {
            for (const std::string_view tag : {"script", "style", "svg"}) {
                if (!opens(html, at, tag)) continue;
                const std::size_t tag_end = html.find('>', at);
                if (tag_end == std::string_view::npos) break;
                const std::string_view start_tag = html.substr(at, tag_end - at);
                if (tag == "script" && ifind(start_tag, "ld+json", 0) != std::string_view::npos) break;
                drop_begin = tag_end + 1;
                const std::string closing = "</" + std::string(tag);
                const std::size_t close = ifind(html, closing, drop_begin);
                drop_end = close == std::string_view::npos ? html.size() : close;
                break;
            }
        }
        if (drop_begin == std::string_view::npos) {
            at = html.find('<', at + 1);
            continue;
        }
        out.append(html.substr(copied, drop_begin - copied));
        append_line_breaks(out, html.substr(drop_begin, drop_end - drop_begin));
        copied = drop_end;
        at = html.find('<', drop_end);
    }
    if (copied < html.size()) out.append(html.substr(copied));
    return out;
}

}  // namespace dateline::detail
