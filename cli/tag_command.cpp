#include "tag_command.hpp"

#include <filesystem>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <system_error>

#include "dateline/render/shard.hpp"
#include "dateline/render/tag_jsonl.hpp"
#include "dateline/render/timeml.hpp"
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/parallel.hpp"
#include "exit_codes.hpp"
#include "input_batches.hpp"
#include "input_flags.hpp"
#include "inputs.hpp"
#include "jobs_flag.hpp"
#include "output_file.hpp"
#include "report.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

// A document's line of `tag -f jsonl`, or of `tag -f shard` (render/shard.hpp).
std::string tag_line(const tag_request& request, const document& doc, const shard_origin& origin) {
    const tagged_document tagged = tag_document(doc);
    if (request.format == "shard")
        return render_shard_line(doc, tagged, extract_events(0, doc, tagged), origin, DATELINE_VERSION);
    return render_tag_jsonl(doc, tagged, request.with_text);
}

// Inputs read, tagged and written a batch at a time, in input order; with more than one thread
// the next batches are read and tagged while one is written. The exit code.
int stream_tag_jsonl(const tag_request& request, const input_options& options, unsigned threads) {
    input_stream inputs(options);
    output_stream out(request.output);
    bool failed = false;
    bool write_failed = false;
    std::size_t documents = 0;
    for_each_input_batch<std::string>(
        inputs, threads,
        [&](const document& doc, const shard_origin& origin, std::size_t) { return tag_line(request, doc, origin); },
        [&](worked_inputs<std::string>& batch) {
            print_diagnostics(batch.inputs.diagnostics);
            print_diagnostics(batch.inputs.undated);
            failed = failed || has_errors(batch.inputs.diagnostics);
            documents += batch.inputs.documents.size();
            // One write per batch; a batch of one document (a large file) is written without a copy.
            const std::vector<std::string>& lines = batch.results;
            std::string bytes;
            if (lines.size() > 1) {
                bytes.reserve(std::accumulate(lines.begin(), lines.end(), std::size_t{0},
                                              [](std::size_t n, const std::string& line) { return n + line.size(); }));
                for (const std::string& line : lines) bytes += line;
            }
            if (std::optional<diagnostic> error = out.write(lines.size() == 1 ? lines.front() : bytes)) {
                print_diagnostics({*error});
                write_failed = true;
            }
            return !write_failed;
        });
    if (write_failed) return input_failed;
    if (documents == 0) return input_failed;
    if (std::optional<diagnostic> error = out.commit()) {
        print_diagnostics({*error});
        return input_failed;
    }
    return failed ? input_failed : success;
}

// One .tml per document into `folder`; every failure is reported, the other files still written.
bool write_timeml_files(const std::vector<document>& documents, const std::string& folder, unsigned threads) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        print_diagnostics({{severity::error, folder, 0, 0, "cannot create folder: " + ec.message()}});
        return false;
    }
    bool ok = true;
    const std::vector<std::string> names = timeml_file_names(documents);
    const std::vector<std::string> files =
        parallel_map(documents, threads, [](const document& doc) { return render_timeml(doc, tag_document(doc)); });
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const std::string path = (fs::path(folder) / names[i]).generic_string();
        if (std::optional<diagnostic> error = write_output(path, files[i])) {
            print_diagnostics({*error});
            ok = false;
        }
    }
    return ok;
}

}  // namespace

std::vector<std::string> timeml_file_names(const std::vector<document>& documents) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const document& doc : documents) {
        const std::string stem = fs::path(doc.path).stem().string();
        std::string name = stem + ".tml";
        for (int n = 2; taken.count(name) != 0; ++n) name = stem + "-" + std::to_string(n) + ".tml";
        taken.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

int run_tag(const tag_request& request) {
    input_options options = request.inputs;
    const unsigned threads = thread_count(request.jobs);
    if (request.format != "timeml") {
        options.output = request.output;  // timeml: -o is a folder of .tml files
        return stream_tag_jsonl(request, options, threads);
    }
    const loaded_inputs inputs = load_inputs(options);
    print_diagnostics(inputs.diagnostics);
    print_diagnostics(inputs.undated);
    const bool failed = has_errors(inputs.diagnostics);
    if (inputs.documents.empty()) return input_failed;

    if (request.output.empty() && inputs.documents.size() > 1) {
        print_diagnostics({{severity::error, "dateline", 0, 0,
                            "-f timeml writes one file per document: give -o DIR"}});
        return bad_usage;
    }
    if (request.output.empty()) {
        const document& doc = inputs.documents.front();
        if (std::optional<diagnostic> error = write_output("", render_timeml(doc, tag_document(doc)))) {
            print_diagnostics({*error});
            return input_failed;
        }
    } else if (!write_timeml_files(inputs.documents, request.output, threads)) {
        return input_failed;
    }
    return failed ? input_failed : success;
}

void add_tag_command(CLI::App& app, int& exit_code) {
    auto request = std::make_shared<tag_request>();
    CLI::App* tag = app.add_subcommand("tag", "List the resolved temporal expressions of each article");
    add_input_flags(*tag, request->inputs);
    add_jobs_flag(*tag, request->jobs);
    tag->add_option("-f,--format", request->format, "Output format")
        ->type_name("FORMAT")
        ->check(CLI::IsMember({"jsonl", "shard", "timeml"}))
        ->capture_default_str();
    tag->add_option("-o,--output", request->output,
                    "jsonl, shard: write to FILE; timeml: write one .tml per article into folder DIR")
        ->type_name("FILE|DIR");
    tag->add_flag("--with-text", request->with_text,
                  "jsonl: add each document's text (what start/end count bytes in) as \"text\"");
    tag->callback([request, &exit_code] { exit_code = run_tag(*request); });
}

}  // namespace dateline::cli
