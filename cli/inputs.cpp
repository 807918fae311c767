#include "inputs.hpp"

#include <algorithm>
#include <utility>

#include "collect_files.hpp"
#include "manifests.hpp"
#include "publication_precedence.hpp"
#include "read_file.hpp"
#include "read_input.hpp"
#include "read_stdin.hpp"
#include "dateline/timeline/path_date.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::cli {
namespace {

void append(std::vector<diagnostic>& to, std::vector<diagnostic> from) {
    for (diagnostic& d : from) to.push_back(std::move(d));
}

bool is_blank(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

diagnostic cannot_read(const std::string& path, const std::string& reason) {
    return {severity::error, path, 0, 0, "cannot read file: " + reason};
}

// The paths that gave no article and were not reported already (folders, in practice), joined.
std::string silent_paths(const std::vector<std::string>& paths, const std::vector<diagnostic>& reported) {
    std::string out;
    for (const std::string& p : paths) {
        const bool said = std::any_of(reported.begin(), reported.end(), [&](const diagnostic& d) { return d.path == p; });
        if (!said) out += (out.empty() ? "" : ", ") + p;
    }
    return out;
}

std::vector<loaded_manifest> read_manifests(const std::vector<found_manifest>& found,
                                            std::vector<diagnostic>& diagnostics) {
    std::vector<loaded_manifest> manifests;
    for (const found_manifest& m : found) {
        file_contents file = read_file(m.path);
        if (file.error) {
            diagnostics.push_back(cannot_read(m.path, *file.error));
            continue;
        }
        manifest_result parsed = read_manifest(m.path, file.bytes);
        append(diagnostics, std::move(parsed.diagnostics));
        manifests.push_back({m, std::move(parsed.entries)});
    }
    return manifests;
}

// The documents of one input, their publication dates settled, appended to `result`.
void load_one(const std::string& name, file_contents file, input_kind kind, const manifest_row* row,
              const std::optional<path_date>& from_path, const input_options& options, loaded_inputs& result) {
    if (file.error) {
        result.diagnostics.push_back(cannot_read(name, *file.error));
        return;
    }
    if (is_blank(file.bytes)) {
        result.diagnostics.push_back({severity::warning, name, 0, 0, "empty file; nothing to read"});
        return;
    }
    articles_result read = read_input(name, std::move(file.bytes), kind);
    append(result.diagnostics, std::move(read.diagnostics));
    for (document& doc : read.documents) {
        settle_publication(doc, row, from_path, options.published);
        doc.anchoring = options.anchoring;
        result.documents.push_back(std::move(doc));
    }
}

}  // namespace

loaded_inputs load_inputs(const input_options& options) {
    loaded_inputs result;
    collected_files files = collect_files(options.paths, options.manifest, options.output);
    append(result.diagnostics, std::move(files.diagnostics));
    if (files.articles.empty() && !files.reads_stdin) {
        // One line per problem: a path already reported (missing, not an article) is not named again.
        std::string silent = silent_paths(options.paths, result.diagnostics);
        if (silent.empty() && !has_errors(result.diagnostics)) silent = silent_paths(options.paths, {});
        if (!silent.empty())
            result.diagnostics.push_back(
                {severity::error, "dateline", 0, 0, "no article files (" + article_extensions() + ") in " + silent});
        return result;
    }

    for (const std::string& folder : files.empty_folders)
        result.diagnostics.push_back(
            {severity::warning, folder, 0, 0, "no article files (" + article_extensions() + ") in this folder"});

    if (files.reads_stdin) {
        file_contents in = read_standard_input();
        const input_kind kind = options.stdin_format.value_or(kind_by_content(in.bytes));
        load_one(stdin_name, std::move(in), kind, nullptr, std::nullopt, options, result);
    }

    const std::vector<loaded_manifest> manifests = read_manifests(files.manifests, result.diagnostics);
    manifest_matches matches = match_manifests(files.articles, manifests);

    for (std::size_t i = 0; i < files.articles.size(); ++i) {
        const std::string& path = files.articles[i];
        const std::optional<manifest_row>& row = matches.row_for[i];
        file_contents file = read_file(path);
        input_kind kind = *kind_by_extension(path);
        if (kind == input_kind::text) kind = kind_of_text_file(file.bytes);
        load_one(path, std::move(file), kind, row ? &*row : nullptr, find_path_date(path), options, result);
    }

    append(result.diagnostics, std::move(matches.diagnostics));
    if (result.documents.empty() && !has_errors(result.diagnostics))
        result.diagnostics.push_back({severity::error, "dateline", 0, 0, "no article has any text"});
    for (const document& doc : result.documents) {
        if (doc.dated()) continue;
        result.undated.push_back({severity::warning, doc.path, 0, 0,
                                  "no publication date found; relative dates left unresolved"});
    }
    return result;
}

}  // namespace dateline::cli
