// read_article: an article's bytes into a document: front matter, publication date (front matter
// first, then a dateline on the first lines of the body), and warnings about the encoding.
#include <fmt/format.h>

#include "dateline/timeline/readers.hpp"
#include "dateline/timeline/encoding_check.hpp"
#include "front_matter.hpp"
#include "text_or_binary.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

void check_encoding(const document& doc, std::size_t start, std::vector<diagnostic>& out) {
    const std::string_view text = doc.content;
    if (const auto at = detail::first_invalid_utf8(text.substr(start))) {
        const auto lc = detail::locate(text, start, start + *at);
        out.push_back({severity::warning, doc.path, lc.line, lc.column,
                       fmt::format("invalid UTF-8 (byte 0x{:02X}); text kept as read",
                                   static_cast<unsigned char>(text[start + *at]))});
    }
}

// A file that is no text at all is refused: one error, no document.
std::optional<diagnostic> refuse_if_not_text(const document& doc) {
    const auto why = detail::why_not_text(doc.content);
    if (!why) return std::nullopt;
    diagnostic d{severity::error, doc.path, 0, 0, "not a plain-text article: " + why->reason};
    if (why->offset) {
        const auto lc = detail::locate(doc.content, 0, *why->offset);
        d.line = lc.line;
        d.column = lc.column;
    }
    return d;
}

// Applies the fields of a front matter to doc; false when the publication date cannot be read.
bool apply_front_matter(const detail::front_matter& matter, document& doc, std::vector<diagnostic>& out) {
    for (const auto& field : matter.fields) {
        if (field.key == "published" || field.key == "date") {
            if (detail::trim(field.value).empty()) continue;  // "published:" with no value says nothing
            const auto when = parse_publication_time(field.value);
            if (!when) {
                out.push_back({severity::error, doc.path, field.line, field.column,
                               fmt::format("cannot read publication date \"{}\"", field.value)});
                return false;
            }
            doc.published = when;
            doc.published_from = date_origin::front_matter;
            doc.published_evidence = fmt::format("front matter line {}: {}: {}", field.line, field.key, field.value);
        } else if (field.key == "title") {
            doc.title = field.value;
        } else if (field.key == "source") {
            doc.source = field.value;
        } else if (field.key == "url") {
            doc.url = field.value;
        }
    }
    return true;
}

}  // namespace

article_result read_article(std::string path, std::string content) {
    article_result out;
    document doc;
    doc.path = std::move(path);
    doc.content = std::move(content);
    const std::size_t start = std::string_view(doc.content).starts_with(utf8_bom) ? utf8_bom.size() : 0;
    doc.body_begin = start;
    if (auto refused = refuse_if_not_text(doc)) {
        out.diagnostics.push_back(std::move(*refused));
        return out;
    }

    auto matter = detail::read_front_matter(doc.path, doc.content, start);
    out.diagnostics = std::move(matter.diagnostics);
    if (has_errors(out.diagnostics)) return out;
    if (matter.matter) {
        doc.body_begin = matter.matter->body_begin;
        if (!apply_front_matter(*matter.matter, doc, out.diagnostics)) return out;
    }
    if (!doc.published) {
        doc.published = find_text_dateline(doc.body());
        if (doc.published) {
            doc.published_from = date_origin::text_dateline;
            doc.published_evidence = "a dateline in the first lines of the text";
        }
    }
    check_encoding(doc, start, out.diagnostics);
    out.doc = std::move(doc);
    return out;
}

}  // namespace dateline
