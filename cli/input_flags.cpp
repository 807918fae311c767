#include "input_flags.hpp"

#include <string>

#include "dateline/timeline/readers.hpp"

namespace dateline::cli {

void add_input_flags(CLI::App& command, input_options& into) {
    command.add_option("PATH", into.paths, "Articles (.txt, .md) and folders, searched recursively")
        ->type_name("PATH")
        ->required();
    command.add_option("--manifest", into.manifest,
                       "published.tsv giving publication dates (file, published[, source, title, url])")
        ->type_name("FILE")
        ->check(CLI::Validator(CLI::ExistingFile).description(""));

    const CLI::Validator publication_date(
        [](std::string& text) -> std::string {
            return parse_publication_time(text) ? "" : "not a publication date: " + text;
        },
        "");
    command
        .add_option_function<std::string>(
            "--published", [&into](const std::string& text) { into.published = parse_publication_time(text); },
            "Publication date for articles that give none (2025-04-24, 2025-04-24T21:10+03:00)")
        ->type_name("DATE")
        ->check(publication_date);
}

}  // namespace dateline::cli
