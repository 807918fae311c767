// The benchmark corpus: the texts and DCTs of the TBAQ TimeML documents, repeated until the
// total size reaches a target.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dateline/timeline/document.hpp"

namespace dateline::bench {

// Reads every .tml file under `folder` (sorted by path). Exits with a message when none is found.
std::vector<document> load_timeml_folder(const std::string& folder);

// Copies of `documents` in order, round after round, until their texts reach `min_bytes`.
std::vector<document> tile(const std::vector<document>& documents, std::size_t min_bytes);

std::size_t total_bytes(const std::vector<document>& documents);

}  // namespace dateline::bench
