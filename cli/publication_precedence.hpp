// Deciding a document's publication time when several sources give one. In order:
//   1. the article's own evidence: front matter, a page's metadata, a feed entry, a record field;
//   2. a manifest row naming its file;
//   3. a date in its path (a folder 2010-05-24/ or a file 20100524-story.txt);
//   4. --published;
//   5. a dateline found in the first lines of its text.
// The user's word (manifest, folder names, --published) beats a guess from the text; a specific
// word (a row, a folder) beats the blanket --published.
#pragma once

#include <optional>
#include <string>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/path_date.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::cli {

// A manifest row and the manifest it is in (for --explain: "news/published.tsv:3").
struct manifest_row {
    manifest_entry entry;
    std::string manifest;
};

// True for the origins that are the article's own evidence (step 1 above).
bool is_own_evidence(date_origin o);

// `doc` is as its reader left it (its own evidence or a text dateline, if any). The row's title,
// source and url fill the document's only where it has none. Sets published_evidence.
void settle_publication(document& doc, const manifest_row* row, const std::optional<path_date>& from_path,
                        const std::optional<publication_time>& published_flag);

}  // namespace dateline::cli
