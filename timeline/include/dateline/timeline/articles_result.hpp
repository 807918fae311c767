// What a reader of many articles in one file (JSON Lines, a feed) returns: the documents it
// could read, in file order, and a diagnostic for every one it could not.
#pragma once

#include <vector>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline {

struct articles_result {
    std::vector<document> documents;
    std::vector<diagnostic> diagnostics;
};

}  // namespace dateline
