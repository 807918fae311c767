#include "shard_inputs.hpp"

#include <utility>

#include "collect_files.hpp"
#include "dateline/render/shard.hpp"
#include "input_file.hpp"
#include "line_reader.hpp"
#include "read_file.hpp"
#include "read_stdin.hpp"

namespace dateline::cli {
namespace {

// A shard line holds no article text, only sentences with dates: far below what a document may be.
constexpr std::size_t max_shard_line_bytes = default_max_file_bytes;

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

diagnostic cannot_read(const std::string& name, const std::string& reason) {
    return {severity::error, name, 0, 0, "cannot read file: " + reason};
}

// The lines of one shard, a line at a time (memory holds one line and the documents read).
void read_lines(const std::string& name, input_file& in, std::string_view version, rule_names& rules,
                shard_inputs& into) {
    line_reader lines(in, max_shard_line_bytes);
    std::size_t number = 0;
    for (line_reader::next_line next = lines.next(); next.what != line_reader::kind::end; next = lines.next()) {
        ++number;
        if (next.what == line_reader::kind::overlong) {
            into.diagnostics.push_back({severity::error, name, number, 0,
                                        "line of " + std::to_string(next.length) + " bytes, longer than any shard line (" +
                                            std::to_string(max_shard_line_bytes) + "); left out"});
            continue;
        }
        if (is_blank(next.text)) continue;
        shard_line_result read = read_shard_line(name, number, next.text, next.ended, version, rules);
        if (read.problem) into.diagnostics.push_back(std::move(*read.problem));
        if (read.document) into.documents.push_back(std::move(*read.document));
    }
    if (in.error()) {
        into.diagnostics.push_back(cannot_read(name, *in.error()));
    } else if (number == 0) {
        into.diagnostics.push_back({severity::warning, name, 0, 0, "empty shard; no documents"});
    }
}

}  // namespace

shard_inputs read_shards(const std::vector<std::string>& paths, std::string_view dateline_version, rule_names& rules) {
    shard_inputs result;
    for (const std::string& path : paths) {
        const bool from_stdin = path == stdin_argument;
        const std::string name = from_stdin ? std::string(stdin_name) : path;
        input_file in = from_stdin ? input_file::standard_input() : input_file(path);
        if (in.error()) {
            result.diagnostics.push_back(cannot_read(name, *in.error()));
            continue;
        }
        read_lines(name, in, dateline_version, rules, result);
    }
    return result;
}

}  // namespace dateline::cli
