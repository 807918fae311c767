// From PATH arguments to documents ready for the engine: collect the files, read the bytes,
// read manifests and articles, and settle each publication date.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/jsonl_reader.hpp"
#include "dateline/timeline/shard.hpp"
#include "input_kind.hpp"
#include "read_file.hpp"

namespace dateline::cli {

struct input_options {
    std::vector<std::string> paths;
    std::string manifest;                       // --manifest, empty when not given
    std::optional<publication_time> published;  // --published
    std::string output = {};                    // -o FILE: never read as an article (see collect_files)
    std::optional<input_kind> stdin_format = {};  // --input-format; by content when not given
    anchor_mode anchoring = anchor_mode::automatic;  // --anchor
    std::size_t max_file_bytes = default_max_file_bytes;   // a text, page or feed read whole
    std::size_t max_line_bytes = max_jsonl_line_bytes;     // a JSON Lines record
};

struct loaded_inputs {
    // Standard input's first, then by path (a file of many articles gives them in file order);
    // files that failed or are empty are left out.
    std::vector<document> documents;
    // Where each of `documents` was read from (the input as named, the place in it): written in
    // shards so that `build --from-tagged` puts documents back in this order.
    std::vector<shard_origin> origins;
    // In order: the paths themselves, manifests, articles (by path), manifest rows naming no input.
    std::vector<diagnostic> diagnostics;
    // A warning per document left without a publication date. Kept apart because
    // build_chronology reports these itself (in the same words); `tag` prints them.
    std::vector<diagnostic> undated;
};

// Everything at once.
loaded_inputs load_inputs(const input_options& options);

// The same documents and diagnostics in the same order, a batch at a time: JSON Lines files are
// read a line at a time, other files whole, so memory holds about one batch.
class input_stream {
public:
    explicit input_stream(const input_options& options);
    ~input_stream();
    input_stream(const input_stream&) = delete;
    input_stream& operator=(const input_stream&) = delete;

    // The next documents, from about `batch_bytes` of input (at least one document when any is
    // left), with the diagnostics that came before them. The last batch also holds the
    // diagnostics of the whole run (manifest rows naming no input, "no article has any text").
    loaded_inputs next(std::size_t batch_bytes);
    bool done() const;

private:
    struct state;
    std::unique_ptr<state> state_;
};

}  // namespace dateline::cli
