#include "eval_command.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>

#include <fmt/format.h>

#include "dateline/eval/dateline_system.hpp"
#include "dateline/eval/report.hpp"
#include "dateline/eval/score.hpp"
#include "dateline/eval/seed_gold_reader.hpp"
#include "dateline/eval/timeml_reader.hpp"
#include "exit_codes.hpp"
#include "output_file.hpp"
#include "read_file.hpp"
#include "report.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

// A gold file and where it sits: `relative` is its path under the folder given on the command
// line (or its bare name), which is also where its system output is looked for under --system.
struct gold_file {
    std::string path;
    fs::path relative;
};

bool is_gold_name(const fs::path& p) { return p.extension() == ".tml" || p.extension() == ".json"; }

bool is_hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.size() > 1 && name.front() == '.' && name != "..";
}

void walk(const fs::path& folder, std::vector<gold_file>& out, std::vector<diagnostic>& diagnostics) {
    std::vector<gold_file> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (is_hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && is_gold_name(it->path())) {
            found.push_back({it->path().generic_string(), it->path().lexically_relative(folder)});
        }
    }
    if (ec) diagnostics.push_back({severity::error, folder.generic_string(), 0, 0, "cannot walk folder: " + ec.message()});
    if (found.empty() && !ec) {
        diagnostics.push_back({severity::error, folder.generic_string(), 0, 0, "no .tml or .json gold files in this folder"});
    }
    std::sort(found.begin(), found.end(), [](const gold_file& a, const gold_file& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
}

std::vector<gold_file> collect_gold_files(const std::vector<std::string>& arguments,
                                          std::vector<diagnostic>& diagnostics) {
    std::vector<gold_file> out;
    for (const std::string& argument : arguments) {
        const fs::path path(argument);
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            diagnostics.push_back({severity::error, argument, 0, 0, "cannot read file: no such file or folder"});
        } else if (fs::is_directory(status)) {
            walk(path, out, diagnostics);
        } else if (is_gold_name(path)) {
            out.push_back({argument, path.filename()});
        } else {
            diagnostics.push_back({severity::error, argument, 0, 0, "not a gold file: expected .tml or .json"});
        }
    }
    return out;
}

// The corpus a gold file counts towards: the folder it is in ("TimeBank", "AQUAINT").
std::string corpus_of(const std::string& path) {
    const std::string folder = fs::path(path).parent_path().filename().string();
    return folder.empty() ? "." : folder;
}

std::optional<std::string> read_or_report(const std::string& path, std::vector<diagnostic>& diagnostics) {
    file_contents f = read_file(path);
    if (!f.error) return std::move(f.bytes);
    diagnostics.push_back({severity::error, path, 0, 0, "cannot read file: " + *f.error});
    return std::nullopt;
}

void take_diagnostics(std::vector<diagnostic>& from, std::vector<diagnostic>& into) {
    into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

std::optional<annotated_document> read_gold(const gold_file& gold, const eval_request& request,
                                            std::vector<diagnostic>& diagnostics) {
    const std::optional<std::string> bytes = read_or_report(gold.path, diagnostics);
    if (!bytes) return std::nullopt;
    if (fs::path(gold.path).extension() == ".tml") {
        annotated_result r = read_timeml(gold.path, *bytes);
        take_diagnostics(r.diagnostics, diagnostics);
        return std::move(r.doc);
    }
    seed_gold_result g = read_seed_gold(gold.path, *bytes);
    take_diagnostics(g.diagnostics, diagnostics);
    if (!g.gold) return std::nullopt;
    const fs::path folder = request.texts.empty() ? fs::path(gold.path).parent_path() : fs::path(request.texts);
    const std::string article_path = (folder / g.gold->doc).generic_string();
    file_contents article = read_file(article_path);
    if (article.error) {
        diagnostics.push_back({severity::error, gold.path, 0, 0,
                               fmt::format("cannot read its article \"{}\": {}{}", article_path, *article.error,
                                           request.texts.empty() ? " (give the articles' folder with --texts DIR)" : "")});
        return std::nullopt;
    }
    annotated_result a = attach_article(*g.gold, gold.path, article_path, std::move(article.bytes));
    take_diagnostics(a.diagnostics, diagnostics);
    return std::move(a.doc);
}

std::optional<std::size_t> first_difference(std::string_view a, std::string_view b) {
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ia == a.end() && ib == b.end()) return std::nullopt;
    return static_cast<std::size_t>(ia - a.begin());
}

// Where the system output for `gold` may be, most specific first: DIR/<path under the folder
// given>, DIR/<corpus folder>/<name>, DIR/<name>, each with the extension .tml.
std::vector<fs::path> system_candidates(const gold_file& gold, const std::string& system_dir) {
    fs::path relative = gold.relative;
    relative.replace_extension(".tml");
    const fs::path dir(system_dir);
    std::vector<fs::path> out;
    for (const fs::path& p : {dir / relative, dir / corpus_of(gold.path) / relative.filename(), dir / relative.filename()}) {
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

// Another system's timexes for `gold`, read from its .tml file under `system_dir`.
std::optional<std::vector<timex_annotation>> read_system(const gold_file& gold, const annotated_document& gold_doc,
                                                         const std::string& system_dir,
                                                         std::vector<diagnostic>& diagnostics) {
    const std::vector<fs::path> candidates = system_candidates(gold, system_dir);
    std::error_code ec;
    const auto found = std::find_if(candidates.begin(), candidates.end(),
                                    [&](const fs::path& p) { return fs::is_regular_file(p, ec); });
    if (found == candidates.end()) {
        std::string tried;
        for (const fs::path& p : candidates) tried += (tried.empty() ? "" : ", ") + p.generic_string();
        diagnostics.push_back({severity::error, gold.path, 0, 0, "no system output for it (looked for " + tried + ")"});
        return std::nullopt;
    }
    const std::string system_path = found->generic_string();
    const std::optional<std::string> bytes = read_or_report(system_path, diagnostics);
    if (!bytes) return std::nullopt;
    annotated_result r = read_timeml(system_path, *bytes);
    // A system file need not carry a creation time: only its timexes are used.
    std::erase_if(r.diagnostics, [](const diagnostic& d) { return d.level == severity::warning; });
    take_diagnostics(r.diagnostics, diagnostics);
    if (!r.doc) return std::nullopt;
    if (const auto at = first_difference(r.doc->doc.content, gold_doc.doc.content)) {
        diagnostics.push_back({severity::error, system_path, 0, 0,
                               fmt::format("its text differs from the gold text of {} from byte {} on, so its "
                                           "offsets cannot be compared",
                                           gold.path, *at)});
        return std::nullopt;
    }
    return std::move(r.doc->timexes);
}

}  // namespace

int run_eval(const eval_request& request) {
    std::vector<diagnostic> diagnostics;
    const std::vector<gold_file> gold_files = collect_gold_files(request.gold, diagnostics);
    std::vector<document_score> scores;
    for (const gold_file& gold : gold_files) {
        const std::optional<annotated_document> gold_doc = read_gold(gold, request, diagnostics);
        if (!gold_doc) continue;
        std::optional<std::vector<timex_annotation>> system;
        if (request.system.empty()) {
            system = dateline_timexes(gold_doc->doc);
        } else {
            system = read_system(gold, *gold_doc, request.system, diagnostics);
        }
        if (!system) continue;
        scores.push_back(score_document(gold.path, corpus_of(gold.path), *gold_doc, *system));
    }
    print_diagnostics(diagnostics);
    if (scores.empty()) {
        print_diagnostics({{severity::error, "dateline eval", 0, 0, "no gold document could be scored"}});
        return input_failed;
    }

    const evaluation e = summarize(std::move(scores));
    const report_options options{request.documents, request.errors};
    const std::string report =
        request.format == "json" ? format_evaluation_json(e, options) : format_evaluation_text(e, options);
    if (std::optional<diagnostic> error = write_output("", report)) {
        print_diagnostics({*error});
        return input_failed;
    }
    return has_errors(diagnostics) ? input_failed : success;
}

void add_eval_command(CLI::App& app, int& exit_code) {
    auto request = std::make_shared<eval_request>();
    CLI::App* eval = app.add_subcommand("eval", "Score temporal expressions against gold TimeML or seed gold JSON");
    eval->add_option("GOLD_PATH", request->gold,
                     ".tml files, seed gold .json files, or folders of them (walked recursively, sorted)")
        ->required();
    eval->add_option("--system", request->system,
                     "Score the .tml files of the same names in DIR instead of running dateline")
        ->type_name("DIR")
        ->check(CLI::ExistingDirectory.description(""));
    eval->add_option("--texts", request->texts,
                     "Folder of the articles named by .json gold files (default: beside each .json)")
        ->type_name("DIR")
        ->check(CLI::ExistingDirectory.description(""));
    eval->add_flag("--errors", request->errors, "List every miss, false alarm, wrong extent, type and value");
    eval->add_flag("--documents", request->documents, "Add one row per document");
    eval->add_option("-f,--format", request->format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    eval->callback([request, &exit_code] { exit_code = run_eval(*request); });
}

}  // namespace dateline::cli
