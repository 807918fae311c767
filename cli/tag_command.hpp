// `dateline tag PATH...`: the resolved temporal expressions of each document, as JSON Lines
// (one line per document) or TimeML (one .tml file per document).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "dateline/timeline/document.hpp"
#include "inputs.hpp"

namespace dateline::cli {

struct tag_request {
    input_options inputs;
    std::string format = "jsonl";  // jsonl | shard (for build --from-tagged) | timeml
    std::string output;            // jsonl, shard: -o FILE; timeml: -o DIR; empty for standard output
    bool with_text = false;        // jsonl: each line also holds the text its offsets count in
    unsigned jobs = 0;             // -j: threads; 0 for every core
};

// Reads the inputs, tags every document, writes the result; diagnostics to stderr. Returns the exit code.
int run_tag(const tag_request& request);

// The .tml file name of each document: its basename with the extension replaced, and "-2",
// "-3", ... added in document order when two documents would share a name.
std::vector<std::string> timeml_file_names(const std::vector<document>& documents);

void add_tag_command(CLI::App& app, int& exit_code);

}  // namespace dateline::cli
