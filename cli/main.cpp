// dateline: argument parsing and the exit code; every command lives in the dateline_cli library.
#include <CLI/CLI.hpp>

#include "build_command.hpp"
#include "eval_command.hpp"
#include "exit_codes.hpp"
#include "tag_command.hpp"

int main(int argc, char** argv) {
    CLI::App app{"dateline: one dated chronology from many news articles", "dateline"};
    app.set_version_flag("--version", "dateline " DATELINE_VERSION);
    app.require_subcommand(1);

    int exit_code = dateline::cli::success;
    dateline::cli::add_build_command(app, exit_code);
    dateline::cli::add_tag_command(app, exit_code);
    dateline::cli::add_eval_command(app, exit_code);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version come through here too, with exit code 0.
        return app.exit(e) == 0 ? dateline::cli::success : dateline::cli::bad_usage;
    }
    return exit_code;
}
