#include "build_command.hpp"

#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include "dateline/render/html.hpp"
#include "dateline/render/json.hpp"
#include "dateline/render/markdown.hpp"
#include "dateline/render/timelinejs.hpp"
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/background.hpp"
#include "dateline/timeline/document_events.hpp"
#include "dateline/timeline/readers.hpp"
#include "dateline/timeline/shard.hpp"
#include "dateline/timeline/top_dates.hpp"
#include "exit_codes.hpp"
#include "input_batches.hpp"
#include "input_flags.hpp"
#include "jobs_flag.hpp"
#include "output_file.hpp"
#include "report.hpp"
#include "shard_inputs.hpp"

namespace dateline::cli {
namespace {

// The chronology in the format asked for, handed to `sink` as it is written.
void write_chronology(const chronology& c, const build_request& request, const byte_sink& sink) {
    render_options options;
    if (!request.title.empty()) options.title = request.title;
    options.explain = request.explain;
    options.fragment = request.fragment;
    options.threads = thread_count(request.jobs);
    if (request.format == "html") return write_html(c, options, sink);
    if (request.format == "json") return write_json(c, options, sink);
    if (request.format == "timelinejs") return sink(render_timelinejs(c, options));
    return write_markdown(c, options, sink);
}

// The chronology written to -o FILE (atomically: a temporary file renamed over it once all is
// written) or to standard output, while it is being rendered; the first error, if any. Then it
// is freed: with more than one thread, on another thread while the output is flushed to disk,
// which leaves the CPU idle.
std::optional<diagnostic> write_chronology_output(chronology& c, const build_request& request) {
    output_stream out(request.output);
    std::optional<diagnostic> error;
    write_chronology(c, request, [&](std::string_view bytes) {
        if (!error) error = out.write(bytes);
    });
    if (error) return error;
    if (thread_count(request.jobs) < 2) return out.commit();
    const std::jthread freeing([&c] { const chronology dropped = std::move(c); });
    return out.commit();
}

// --from and --to take a calendar day (2025-04-24).
void add_day_option(CLI::App& command, const std::string& name, std::optional<date::local_days>& into,
                    const std::string& description) {
    const CLI::Validator a_day(
        [](std::string& text) -> std::string {
            const auto p = parse_publication_time(text);
            return p && !p->time_of_day && p->zone.empty() ? "" : "not a date (YYYY-MM-DD): " + text;
        },
        "");
    command
        .add_option_function<std::string>(
            name, [&into](const std::string& text) { into = parse_publication_time(text)->day; }, description)
        ->type_name("DATE")
        ->check(a_day);
}

// The articles read and tagged a batch at a time, their texts dropped once tagged, then merged;
// nullopt when no article could be read.
std::optional<chronology> chronology_of_articles(const build_request& request, bool& failed) {
    input_options options = request.inputs;
    options.output = request.output;
    const unsigned threads = thread_count(request.jobs);
    input_stream inputs(options);
    std::vector<document> documents;
    std::vector<std::vector<event>> events_of;
    for_each_input_batch<std::vector<event>>(
        inputs, threads,
        [](document& doc, const shard_origin&, std::size_t index) { return take_document_events(doc, index); },
        [&](worked_inputs<std::vector<event>>& batch) {
            print_diagnostics(batch.inputs.diagnostics);
            failed = failed || has_errors(batch.inputs.diagnostics);
            for (std::size_t i = 0; i < batch.results.size(); ++i) {
                documents.push_back(std::move(batch.inputs.documents[i]));
                events_of.push_back(std::move(batch.results[i]));
            }
            return true;
        });
    if (documents.empty()) return std::nullopt;
    return assemble_chronology(std::move(documents), std::move(events_of), threads);
}

// The documents of every good shard line, merged as a direct build of their articles would be.
std::optional<chronology> chronology_of_shards(const build_request& request, rule_names& rules, bool& failed) {
    shard_inputs shards = read_shards(request.inputs.paths, DATELINE_VERSION, rules);
    std::vector<diagnostic> duplicates = order_shard_documents(shards.documents);
    print_diagnostics(shards.diagnostics);
    print_diagnostics(duplicates);
    failed = has_errors(shards.diagnostics) || has_errors(duplicates);
    if (shards.documents.empty()) {
        print_diagnostics({{severity::error, "dateline", 0, 0, "no documents in the shards"}});
        return std::nullopt;
    }
    return chronology_from_shards(std::move(shards.documents), thread_count(request.jobs));
}

}  // namespace

int run_build(const build_request& request) {
    rule_names rules;  // the rule names read from shards; the chronology's timexes view them
    bool failed = false;
    std::optional<chronology> built =
        request.from_tagged ? chronology_of_shards(request, rules, failed) : chronology_of_articles(request, failed);
    if (!built) return input_failed;
    chronology& c = *built;
    print_diagnostics(c.diagnostics);
    restrict_to_window(c, {request.from, request.to});
    if (request.top > 0) c = select_top(c, {request.top, request.per_date, {}});
    failed = failed || has_errors(c.diagnostics);

    if (std::optional<diagnostic> error = write_chronology_output(c, request)) {
        print_diagnostics({*error});
        return input_failed;
    }
    return failed ? input_failed : success;
}

void add_build_command(CLI::App& app, int& exit_code) {
    auto request = std::make_shared<build_request>();
    CLI::App* build = app.add_subcommand("build", "Build one dated chronology from the articles");
    add_input_flags(*build, request->inputs);
    add_jobs_flag(*build, request->jobs);
    build->add_option("-f,--format", request->format, "Output format")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"md", "html", "json", "timelinejs"}))
        ->capture_default_str();
    build->add_option("-o,--output", request->output, "Write to FILE (atomically) instead of standard output")
        ->type_name("FILE");
    build->add_flag("--fragment", request->fragment, "HTML without <html> and <head>, to embed in a page");
    build->add_flag("--explain", request->explain, "Show the rule and anchor that produced every date");
    build->add_option("--title", request->title, "Title of the chronology (default: Chronology)")->type_name("TEXT");
    build->add_option("--top", request->top, "Only the N most salient days, in date order")->type_name("N");
    build->add_option("--per-date", request->per_date, "With --top: the reports kept per day (default 2)")
        ->type_name("M")
        ->check(CLI::PositiveNumber);
    add_day_option(*build, "--from", request->from, "Leave out dates before DATE");
    add_day_option(*build, "--to", request->to, "Leave out dates after DATE");
    build
        ->add_flag("--from-tagged", request->from_tagged,
                   "The PATHs are shards written by 'dateline tag -f shard' (- for standard input), not articles")
        ->excludes("--manifest")
        ->excludes("--published")
        ->excludes("--input-format")
        ->excludes("--anchor");
    build->callback([request, &exit_code] { exit_code = run_build(*request); });
}

}  // namespace dateline::cli
