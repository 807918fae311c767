// From PATH arguments to documents ready for the engine: collect the files, read the bytes,
// read manifests and articles, and settle each publication date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline::cli {

struct input_options {
    std::vector<std::string> paths;
    std::string manifest;                       // --manifest, empty when not given
    std::optional<publication_time> published;  // --published
    std::string output = {};                    // -o FILE: never read as an article (see collect_files)
};

struct loaded_inputs {
    std::vector<document> documents;  // sorted by path; files that failed or are empty are left out
    // In order: the paths themselves, manifests, articles (by path), manifest rows naming no input.
    std::vector<diagnostic> diagnostics;
    // A warning per document left without a publication date. Kept apart because
    // build_chronology reports these itself (in the same words); `tag` prints them.
    std::vector<diagnostic> undated;
};

loaded_inputs load_inputs(const input_options& options);

}  // namespace dateline::cli
