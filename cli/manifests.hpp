// Which published.tsv row speaks for which article, and which rows speak for none.
// A row names an article by its path relative to the manifest's folder, or by its basename.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "collect_files.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/readers.hpp"
#include "publication_precedence.hpp"

namespace dateline::cli {

struct loaded_manifest {
    found_manifest source;
    std::vector<manifest_entry> entries;
};

struct manifest_matches {
    // One per article: the row that applies, if any.
    std::vector<std::optional<manifest_row>> row_for;
    // A warning at the row's line for every row that names no article (except in manifests
    // picked up beside a file given as PATH, where a chosen subset leaves rows over by design).
    std::vector<diagnostic> diagnostics;
};

// When several manifests name an article: --manifest (or a published.tsv given as PATH) wins,
// then the one in the deepest folder; within a manifest, a relative-path row beats a basename row.
manifest_matches match_manifests(const std::vector<std::string>& articles,
                                 const std::vector<loaded_manifest>& manifests);

}  // namespace dateline::cli
