// `dateline build PATH...`: one merged, ordered chronology as Markdown, HTML or JSON.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <date/date.h>

#include <CLI/CLI.hpp>

#include "inputs.hpp"

namespace dateline::cli {

struct build_request {
    input_options inputs;
    std::string format = "md";  // md | html | json
    std::string output;         // -o FILE; empty for standard output
    bool fragment = false;      // html without <html>/<head>, to embed in a page
    bool explain = false;       // show the rule and anchor behind every date
    std::string title;
    std::size_t top = 0;       // --top N: only the N most salient days (0: every date)
    std::size_t per_date = 2;  // --per-date M: reports kept per picked day
    std::optional<date::local_days> from;  // --from DATE
    std::optional<date::local_days> to;    // --to DATE
    unsigned jobs = 0;          // -j: threads; 0 for every core
    bool from_tagged = false;   // --from-tagged: the PATHs are shards of `tag -f shard`
};

// Reads the inputs, builds the chronology, writes it; diagnostics to stderr. Returns the exit code.
int run_build(const build_request& request);

void add_build_command(CLI::App& app, int& exit_code);

}  // namespace dateline::cli
