#include "shard_inputs.hpp"

#include <utility>

#include "collect_files.hpp"
#include "dateline/render/shard.hpp"
#include "read_file.hpp"
#include "read_stdin.hpp"

namespace dateline::cli {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

void read_lines(const std::string& name, std::string_view bytes, std::string_view version, rule_names& rules,
                shard_inputs& into) {
    std::size_t number = 0;
    for (std::size_t begin = 0; begin < bytes.size();) {
        const std::size_t newline = bytes.find('\n', begin);
        const bool ends_line = newline != std::string_view::npos;
        const std::size_t end = ends_line ? newline : bytes.size();
        const std::string_view line = bytes.substr(begin, end - begin);
        begin = end + 1;
        ++number;
        if (is_blank(line)) continue;
        shard_line_result read = read_shard_line(name, number, line, ends_line, version, rules);
        if (read.problem) into.diagnostics.push_back(std::move(*read.problem));
        if (read.document) into.documents.push_back(std::move(*read.document));
    }
    if (number == 0) into.diagnostics.push_back({severity::warning, name, 0, 0, "empty shard; no documents"});
}

}  // namespace

shard_inputs read_shards(const std::vector<std::string>& paths, std::string_view dateline_version, rule_names& rules) {
    shard_inputs result;
    for (const std::string& path : paths) {
        const bool from_stdin = path == stdin_argument;
        const std::string name = from_stdin ? std::string(stdin_name) : path;
        const file_contents file = from_stdin ? read_standard_input() : read_file(path);
        if (file.error) {
            result.diagnostics.push_back({severity::error, name, 0, 0, "cannot read file: " + *file.error});
            continue;
        }
        read_lines(name, file.bytes, dateline_version, rules, result);
    }
    return result;
}

}  // namespace dateline::cli
