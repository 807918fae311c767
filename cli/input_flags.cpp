#include "input_flags.hpp"

#include <map>
#include <string>

#include "dateline/timeline/jsonl_reader.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::cli {

void add_input_flags(CLI::App& command, input_options& into) {
    command.add_option("PATH", into.paths,
                       "Articles (" + article_extensions() + ") and folders, searched recursively; - for standard input")
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
    command
        .add_option_function<std::string>(
            "--input-format", [&into](const std::string& name) { into.stdin_format = kind_by_format_name(name); },
            "What standard input (-) holds; told by its content when not given")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"txt", "md", "html", "jsonl", "feed"}));
    const std::map<std::string, anchor_mode> anchor_modes{
        {"auto", anchor_mode::automatic}, {"dct", anchor_mode::dct}, {"narrative", anchor_mode::narrative}};
    command.add_option("--anchor", into.anchoring,
                       "Anchor of yearless and relative dates: auto (the story's own time in texts that tell a "
                       "story long before publication), dct (always the publication date), narrative (the last "
                       "date mentioned)")
        ->type_name("MODE")
        ->transform(CLI::CheckedTransformer(anchor_modes, CLI::ignore_case).description("{auto,dct,narrative}"))
        ->default_str("auto");
    command.add_option("--max-file-bytes", into.max_file_bytes, "A text, page or feed larger than N bytes is refused")
        ->type_name("N")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command.add_option("--max-line-bytes", into.max_line_bytes, "A JSON Lines record longer than N bytes is refused")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{1}, max_jsonl_line_bytes))
        ->capture_default_str();
}

}  // namespace dateline::cli
