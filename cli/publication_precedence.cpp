#include "publication_precedence.hpp"

#include <fmt/format.h>

namespace dateline::cli {
namespace {

void fill_if_empty(std::string& field, const std::string& value) {
    if (field.empty()) field = value;
}

void set(document& doc, const publication_time& when, date_origin origin, std::string evidence) {
    doc.published = when;
    doc.published_from = origin;
    doc.published_evidence = std::move(evidence);
}

}  // namespace

bool is_own_evidence(date_origin o) {
    switch (o) {
    case date_origin::front_matter:
    case date_origin::json_ld:
    case date_origin::meta:
    case date_origin::time_element:
    case date_origin::url:
    case date_origin::byline:
    case date_origin::feed:
    case date_origin::record:
        return true;
    case date_origin::manifest:
    case date_origin::command_line:
    case date_origin::text_dateline:
    case date_origin::path:
    case date_origin::none:
        return false;
    }
    return false;
}

void settle_publication(document& doc, const manifest_row* row, const std::optional<path_date>& from_path,
                        const std::optional<publication_time>& published_flag) {
    if (row != nullptr) {
        fill_if_empty(doc.title, row->entry.title);
        fill_if_empty(doc.source, row->entry.source);
        fill_if_empty(doc.url, row->entry.url);
    }
    if (is_own_evidence(doc.published_from)) return;
    if (row != nullptr && row->entry.published) {
        set(doc, *row->entry.published, date_origin::manifest, fmt::format("{}:{}", row->manifest, row->entry.line));
    } else if (from_path) {
        set(doc, from_path->published, date_origin::path, "date in the path: " + from_path->evidence);
    } else if (published_flag) {
        set(doc, *published_flag, date_origin::command_line, "--published " + timex_value(*published_flag));
    }
}

}  // namespace dateline::cli
