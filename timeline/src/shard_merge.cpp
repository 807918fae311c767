// Shard documents back into one chronology, in the order a direct build would have read them.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/shard.hpp"

namespace dateline {
namespace {

std::string place(const diagnostic& where) { return where.path + ":" + std::to_string(where.line); }

// Standard input first, then inputs by name (as collect_files sorts paths), then place in the input.
bool read_before(const shard_origin& a, const shard_origin& b) {
    const bool a_file = a.input != shard_stdin_input;
    const bool b_file = b.input != shard_stdin_input;
    return std::tie(a_file, a.input, a.item) < std::tie(b_file, b.input, b.item);
}

}  // namespace

std::vector<diagnostic> order_shard_documents(std::vector<shard_document>& documents) {
    std::vector<diagnostic> problems;
    std::map<std::pair<std::string, std::size_t>, std::size_t> first_of;  // origin -> index in `kept`
    std::vector<shard_document> kept;
    kept.reserve(documents.size());
    for (shard_document& d : documents) {
        const auto [it, fresh] = first_of.try_emplace({d.origin.input, d.origin.item}, kept.size());
        if (!fresh) {
            problems.push_back({severity::error, d.where.path, d.where.line, 0,
                                "document \"" + d.doc.path + "\" is also in " + place(kept[it->second].where) +
                                    "; this copy is left out"});
            continue;
        }
        kept.push_back(std::move(d));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const shard_document& a, const shard_document& b) { return read_before(a.origin, b.origin); });
    documents = std::move(kept);
    return problems;
}

chronology chronology_from_shards(std::vector<shard_document> documents, unsigned threads) {
    std::vector<document> docs;
    std::vector<std::vector<event>> events_of;
    docs.reserve(documents.size());
    events_of.reserve(documents.size());
    for (shard_document& d : documents) {
        for (event& e : d.events) e.document = docs.size();
        docs.push_back(std::move(d.doc));
        events_of.push_back(std::move(d.events));
    }
    return assemble_chronology(std::move(docs), std::move(events_of), threads);
}

}  // namespace dateline
