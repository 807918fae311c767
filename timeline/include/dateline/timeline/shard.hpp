// Map/merge across machines: `dateline tag -f shard` writes one line per document holding what
// `build` needs of it (its metadata and its events, never its text); `build --from-tagged` reads
// those lines back (render/shard.hpp) and merges them here. Documents are put back in the order a
// direct build reads them (standard input first, then input files by path, then their place in the
// file), so the chronology is the same bytes however the articles were split and the shards given.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// Where a document was read from: the input as named ("corpus/a.jsonl", "<stdin>") and the
// document's place among those of that input (0 for a one-article file).
struct shard_origin {
    std::string input;
    std::size_t item = 0;

    friend bool operator==(const shard_origin&, const shard_origin&) = default;
};

// One document as read from a shard line; its events have event::document == 0 until merged.
struct shard_document {
    shard_origin origin;
    document doc;  // content empty: build never reads it
    std::vector<event> events;
    diagnostic where;  // the shard file and line it came from (severity and message unused)
};

// The name standard input gets as an input; it sorts before every file, as a direct build reads it.
inline constexpr std::string_view shard_stdin_input = "<stdin>";

// Sorts the documents into a direct build's order. A document whose origin came already (the same
// article tagged twice) is left out with an error naming both places; the first one read is kept.
std::vector<diagnostic> order_shard_documents(std::vector<shard_document>& documents);

// The chronology of documents already ordered: assemble_chronology over their events.
chronology chronology_from_shards(std::vector<shard_document> documents, unsigned threads = 1);

// Rule names read from shards, kept for as long as the chronology built from them lives
// (resolution::rule is a view; in a tagging run it views the resolver's static names).
class rule_names {
public:
    std::string_view intern(std::string_view name) { return *names_.emplace(name).first; }

private:
    std::set<std::string, std::less<>> names_;
};

}  // namespace dateline
