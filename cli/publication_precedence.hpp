// Deciding a document's publication time when several sources give one:
// front matter > manifest row > --published > dateline found in the text.
#pragma once

#include <optional>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::cli {

// `doc` is as read_article left it (front matter or text dateline, if any). The row's title,
// source and url fill the document's only where it has none.
void settle_publication(document& doc, const manifest_entry* row,
                        const std::optional<publication_time>& published_flag);

}  // namespace dateline::cli
