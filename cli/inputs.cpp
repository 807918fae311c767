#include "inputs.hpp"

#include <algorithm>
#include <utility>

#include "collect_files.hpp"
#include "input_file.hpp"
#include "line_reader.hpp"
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

// Enough of the start of an input to tell what it holds.
constexpr std::size_t sample_bytes = std::size_t{64} << 10;

std::string read_sample(input_file& in) {
    std::string first;
    while (first.size() < sample_bytes && in.read_some(first, sample_bytes - first.size()) > 0) {
    }
    return first;
}

}  // namespace

// Where a JSON Lines input is, between batches.
struct open_jsonl {
    open_jsonl(std::string file_name, input_file file, std::string first_bytes, std::size_t max_line_bytes,
               const manifest_row* manifest, std::optional<path_date> date_in_path)
        : name(std::move(file_name)), in(std::move(file)), lines(in, max_line_bytes, std::move(first_bytes)),
          records(name, max_line_bytes), row(manifest ? std::optional<manifest_row>(*manifest) : std::nullopt),
          from_path(std::move(date_in_path)) {}

    std::string name;
    input_file in;
    line_reader lines;
    jsonl_stream records;
    std::optional<manifest_row> row;
    std::optional<path_date> from_path;
    std::size_t records_read = 0;  // documents given so far: the next one's place in the input
};

struct input_stream::state {
    input_options options;
    collected_files files;
    std::vector<diagnostic> pending;  // said before the next document
    bool stdin_read = false;
    bool manifests_read = false;
    manifest_matches matches;
    std::size_t next_article = 0;
    std::unique_ptr<open_jsonl> jsonl;
    std::size_t documents = 0;
    bool finished = false;

    void add(document doc, shard_origin origin, const manifest_row* row, const std::optional<path_date>& from_path,
             loaded_inputs& out) {
        settle_publication(doc, row, from_path, options.published);
        doc.anchoring = options.anchoring;
        if (!doc.dated())
            out.undated.push_back({severity::warning, doc.path, 0, 0,
                                   "no publication date found; relative dates left unresolved"});
        ++documents;
        out.documents.push_back(std::move(doc));
        out.origins.push_back(std::move(origin));
    }

    // The documents of one input read whole.
    std::size_t load_whole(const std::string& name, file_contents file, input_kind kind, const manifest_row* row,
                           const std::optional<path_date>& from_path, loaded_inputs& out) {
        if (file.error) {
            out.diagnostics.push_back(cannot_read(name, *file.error));
            return 0;
        }
        if (is_blank(file.bytes)) {
            out.diagnostics.push_back({severity::warning, name, 0, 0, "empty file; nothing to read"});
            return 0;
        }
        const std::size_t bytes = file.bytes.size();
        articles_result read = read_input(name, std::move(file.bytes), kind);
        append(out.diagnostics, std::move(read.diagnostics));
        for (std::size_t item = 0; item < read.documents.size(); ++item)
            add(std::move(read.documents[item]), {name, item}, row, from_path, out);
        return bytes;
    }

    void start_jsonl(const std::string& name, input_file in, std::string first_bytes, const manifest_row* row,
                     std::optional<path_date> from_path, loaded_inputs& out) {
        if (in.error()) {
            out.diagnostics.push_back(cannot_read(name, *in.error()));
            return;
        }
        // Shorter than the sample: all of it.
        if (first_bytes.size() < sample_bytes && is_blank(first_bytes)) {
            out.diagnostics.push_back({severity::warning, name, 0, 0, "empty file; nothing to read"});
            return;
        }
        if (auto not_text = jsonl_not_text(name, first_bytes)) {
            out.diagnostics.push_back(std::move(*not_text));
            return;
        }
        jsonl = std::make_unique<open_jsonl>(name, std::move(in), std::move(first_bytes), options.max_line_bytes, row,
                                             std::move(from_path));
    }

    // Lines of the open JSON Lines input until `budget` bytes are read or it ends.
    std::size_t continue_jsonl(std::size_t budget, loaded_inputs& out) {
        std::size_t used = 0;
        while (used < budget) {
            const line_reader::next_line next = jsonl->lines.next();
            if (next.what == line_reader::kind::end) {
                append(out.diagnostics, jsonl->records.finish());
                if (jsonl->in.error()) out.diagnostics.push_back(cannot_read(jsonl->name, *jsonl->in.error()));
                jsonl.reset();
                break;
            }
            article_result record = next.what == line_reader::kind::line ? jsonl->records.line(next.text)
                                                                         : jsonl->records.overlong_line(next.length);
            used += next.text.size() + next.length + 1;
            append(out.diagnostics, std::move(record.diagnostics));
            if (record.doc)
                add(std::move(*record.doc), {jsonl->name, jsonl->records_read++}, jsonl->row ? &*jsonl->row : nullptr,
                    jsonl->from_path, out);
        }
        return used;
    }

    void read_stdin(loaded_inputs& out) {
        input_file in = input_file::standard_input();
        std::string first = read_sample(in);
        const input_kind kind = options.stdin_format.value_or(kind_by_content(first));
        if (kind == input_kind::jsonl && !in.error()) {
            start_jsonl(stdin_name, std::move(in), std::move(first), nullptr, std::nullopt, out);
            return;
        }
        load_whole(stdin_name, read_rest(in, std::move(first), options.max_file_bytes), kind, nullptr, std::nullopt, out);
    }

    void finish(loaded_inputs& out) {
        finished = true;
        append(out.diagnostics, std::move(matches.diagnostics));
        if (documents == 0 && !has_errors(out.diagnostics) && !has_errors(pending))
            out.diagnostics.push_back({severity::error, "dateline", 0, 0, "no article has any text"});
    }
};

input_stream::input_stream(const input_options& options) : state_(std::make_unique<state>()) {
    state& s = *state_;
    s.options = options;
    s.files = collect_files(options.paths, options.manifest, options.output);
    append(s.pending, std::move(s.files.diagnostics));
    if (s.files.articles.empty() && !s.files.reads_stdin) {
        // One line per problem: a path already reported (missing, not an article) is not named again.
        std::string silent = silent_paths(options.paths, s.pending);
        if (silent.empty() && !has_errors(s.pending)) silent = silent_paths(options.paths, {});
        if (!silent.empty())
            s.pending.push_back(
                {severity::error, "dateline", 0, 0, "no article files (" + article_extensions() + ") in " + silent});
        s.finished = true;
        return;
    }
    for (const std::string& folder : s.files.empty_folders)
        s.pending.push_back(
            {severity::warning, folder, 0, 0, "no article files (" + article_extensions() + ") in this folder"});
}

input_stream::~input_stream() = default;

bool input_stream::done() const { return state_->finished && state_->pending.empty(); }

loaded_inputs input_stream::next(std::size_t batch_bytes) {
    state& s = *state_;
    loaded_inputs out;
    out.diagnostics = std::move(s.pending);
    s.pending.clear();
    if (s.finished) return out;
    std::size_t used = 0;
    if (s.files.reads_stdin && !s.stdin_read) {
        s.stdin_read = true;
        s.read_stdin(out);
    }
    if (!s.manifests_read) {
        s.manifests_read = true;
        const std::vector<loaded_manifest> manifests = read_manifests(s.files.manifests, out.diagnostics);
        s.matches = match_manifests(s.files.articles, manifests);
    }
    while (used < batch_bytes || out.documents.empty()) {
        if (s.jsonl) {
            used += s.continue_jsonl(batch_bytes - std::min(used, batch_bytes - 1), out);
            continue;
        }
        if (s.next_article == s.files.articles.size()) {
            s.finish(out);
            break;
        }
        const std::size_t i = s.next_article++;
        const std::string& path = s.files.articles[i];
        const std::optional<manifest_row>& row = s.matches.row_for[i];
        input_kind kind = *kind_by_extension(path);
        if (kind == input_kind::jsonl) {
            input_file in(path);
            std::string first = read_sample(in);
            s.start_jsonl(path, std::move(in), std::move(first), row ? &*row : nullptr, find_path_date(path), out);
            continue;
        }
        file_contents file = read_file(path, s.options.max_file_bytes);
        if (kind == input_kind::text) kind = kind_of_text_file(file.bytes);
        used += s.load_whole(path, std::move(file), kind, row ? &*row : nullptr, find_path_date(path), out);
    }
    return out;
}

loaded_inputs load_inputs(const input_options& options) {
    loaded_inputs result;
    input_stream inputs(options);
    while (!inputs.done()) {
        loaded_inputs batch = inputs.next(static_cast<std::size_t>(-1));
        append(result.diagnostics, std::move(batch.diagnostics));
        append(result.undated, std::move(batch.undated));
        for (document& doc : batch.documents) result.documents.push_back(std::move(doc));
        for (shard_origin& origin : batch.origins) result.origins.push_back(std::move(origin));
    }
    return result;
}

}  // namespace dateline::cli
