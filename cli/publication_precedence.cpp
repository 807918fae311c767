#include "publication_precedence.hpp"

namespace dateline::cli {
namespace {

void fill_if_empty(std::string& field, const std::string& value) {
    if (field.empty()) field = value;
}

}  // namespace

void settle_publication(document& doc, const manifest_entry* row,
                        const std::optional<publication_time>& published_flag) {
    if (row != nullptr) {
        fill_if_empty(doc.title, row->title);
        fill_if_empty(doc.source, row->source);
        fill_if_empty(doc.url, row->url);
    }
    if (doc.published_from == date_origin::front_matter) return;
    if (row != nullptr && row->published) {
        doc.published = row->published;
        doc.published_from = date_origin::manifest;
    } else if (published_flag) {
        doc.published = published_flag;
        doc.published_from = date_origin::command_line;
    }
}

}  // namespace dateline::cli
