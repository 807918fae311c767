// One input's bytes into documents, by the reader its kind calls for.
#pragma once

#include <string>

#include "dateline/timeline/articles_result.hpp"
#include "input_kind.hpp"

namespace dateline::cli {

// `name` is the path the documents and diagnostics are named by ("<stdin>" for standard input).
articles_result read_input(const std::string& name, std::string bytes, input_kind kind);

}  // namespace dateline::cli
