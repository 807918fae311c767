// `build --from-tagged`: reading shard files (or standard input) line by line into documents.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/shard.hpp"

namespace dateline::cli {

struct shard_inputs {
    std::vector<shard_document> documents;  // in the order read; not yet merged (order_shard_documents)
    std::vector<diagnostic> diagnostics;    // unreadable files, bad lines (path:line), empty shards
};

// Every good line of every readable shard is kept, whatever is wrong with the others.
shard_inputs read_shards(const std::vector<std::string>& paths, std::string_view dateline_version, rule_names& rules);

}  // namespace dateline::cli
