// `dateline eval GOLD_PATH... [--system DIR] [--texts DIR] [--errors] [--documents] [-f text|json]`:
// scores timexes against gold annotations (TimeML .tml files, or the seeds' gold .json files)
// with the TempEval-3 figures. Without --system, dateline itself tags each gold text with the
// gold creation time; with it, the .tml files of the same names under DIR are scored.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace dateline::cli {

struct eval_request {
    std::vector<std::string> gold;  // .tml / .json files, or folders walked for them
    std::string system;             // --system DIR; empty: run dateline
    std::string texts;              // --texts DIR: where the articles of .json gold are; empty: beside the .json
    bool errors = false;            // --errors: list every miss, false alarm, wrong extent/type/value
    bool documents = false;         // --documents: one row per document
    std::string format = "text";    // text | json
};

// Reads the gold and the system output, scores, prints the report to standard output and
// diagnostics to standard error. Returns the exit code: a gold or system file that cannot be
// used is left out of the figures and makes the exit code input_failed.
int run_eval(const eval_request& request);

void add_eval_command(CLI::App& app, int& exit_code);

}  // namespace dateline::cli
