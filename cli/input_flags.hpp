// The options every command that reads articles shares: PATH..., --manifest, --published.
#pragma once

#include <CLI/CLI.hpp>

#include "inputs.hpp"

namespace dateline::cli {

// Binds the options to `into`, which must outlive the parse.
void add_input_flags(CLI::App& command, input_options& into);

}  // namespace dateline::cli
