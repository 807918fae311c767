// From PATH arguments to documents ready for the engine: collect the files, read the bytes,
// read manifests and articles, and settle each publication date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"
#include "input_kind.hpp"

namespace dateline::cli {

struct input_options {
    std::vector<std::string> paths;
    std::string manifest;                       // --manifest, empty when not given
    std::optional<publication_time> published;  // --published
    std::string output = {};                    // -o FILE: never read as an article (see collect_files)
    std::optional<input_kind> stdin_format = {};  // --input-format; by content when not given
    anchor_mode anchoring = anchor_mode::automatic;  // --anchor
};

struct loaded_inputs {
    // Standard input's first, then by path (a file of many articles gives them in file order);
    // files that failed or are empty are left out.
    std::vector<document> documents;
    // In order: the paths themselves, manifests, articles (by path), manifest rows naming no input.
    std::vector<diagnostic> diagnostics;
    // A warning per document left without a publication date. Kept apart because
    // build_chronology reports these itself (in the same words); `tag` prints them.
    std::vector<diagnostic> undated;
};

loaded_inputs load_inputs(const input_options& options);

}  // namespace dateline::cli
