// "-j N": how many threads `tag` and `build` use (default: every core).
#pragma once

#include <CLI/CLI.hpp>

namespace dateline::cli {

// Adds -j,--jobs to `command`; `into` keeps 0 when the flag is not given.
void add_jobs_flag(CLI::App& command, unsigned& into);

// The thread count to use for a -j value: 0 means every core.
unsigned thread_count(unsigned jobs);

}  // namespace dateline::cli
