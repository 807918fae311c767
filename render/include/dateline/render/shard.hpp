// The shard line (`dateline tag -f shard`, read by `dateline build --from-tagged`): one compact JSON
// object per document, terminated by '\n'. It is the tag JSON Lines line with more keys: which
// dateline wrote it, where the document was read from, its publication details, and its events
// (the sentences `build` uses) as indices into its timexes. docs/json-schema.md, "Shards".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"
#include "dateline/timeline/shard.hpp"

namespace dateline {

// The layout of the line; a reader refuses lines of another layout or another dateline version.
inline constexpr std::size_t shard_format = 1;

// `events` are extract_events(_, doc, tagged): each one's timexes are among tagged.timexes.
// `dateline_version` is the program's version ("0.1.0"), written so that a build refuses shards
// that another version tagged.
std::string render_shard_line(const document& doc, const tagged_document& tagged, const std::vector<event>& events,
                              const shard_origin& origin, std::string_view dateline_version);

// What read_shard_line makes of one line: a document, or the reason it is none.
struct shard_line_result {
    std::optional<shard_document> document;
    std::optional<diagnostic> problem;  // an error at path:line
};

// Reads line number `line` (1-based) of shard file `path`. `ends_line` is false for a last line with
// no '\n' after it (a cut file says so). Rule names are kept in `rules`, which must outlive the
// document's events.
shard_line_result read_shard_line(std::string_view path, std::size_t line, std::string_view text, bool ends_line,
                                  std::string_view dateline_version, rule_names& rules);

}  // namespace dateline
