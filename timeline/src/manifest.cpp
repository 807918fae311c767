// read_manifest: published.tsv, a tab-separated table whose header row names the columns.
#include <array>

#include <fmt/format.h>

#include "dateline/timeline/readers.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

struct cell {
    std::string_view text;  // trimmed
    std::size_t column = 0;  // 1-based byte column of the cell's first byte
};

std::vector<cell> split_row(std::string_view row) {
    std::vector<cell> cells;
    std::size_t begin = 0;
    while (true) {
        std::size_t tab = row.find('\t', begin);
        const bool last = tab == std::string_view::npos;
        if (last) tab = row.size();
        const std::string_view raw = row.substr(begin, tab - begin);
        cells.push_back({detail::trim(raw), begin + detail::skip_spaces(raw, 0) + 1});
        if (last) break;
        begin = tab + 1;
    }
    return cells;
}

// Column indexes by name; npos for a column the header does not have.
struct columns {
    static constexpr std::size_t absent = static_cast<std::size_t>(-1);
    std::size_t file = absent, published = absent, source = absent, title = absent, url = absent;
};

columns read_header(const std::vector<cell>& header) {
    columns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = detail::to_lower_ascii(header[i].text);
        std::size_t* slot = name == "file"        ? &c.file
                            : name == "published" ? &c.published
                            : name == "source"    ? &c.source
                            : name == "title"     ? &c.title
                            : name == "url"       ? &c.url
                                                  : nullptr;
        if (slot && *slot == columns::absent) *slot = i;  // the first column of a name wins
    }
    return c;
}

cell cell_at(const std::vector<cell>& row, std::size_t index) {
    if (index == columns::absent || index >= row.size()) return {};
    return row[index];
}

}  // namespace

manifest_result read_manifest(std::string_view path, std::string_view content) {
    manifest_result out;
    if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);

    std::size_t line_number = 0;
    std::size_t pos = 0;
    std::optional<columns> header;
    while (pos < content.size()) {
        std::size_t end = content.find('\n', pos);
        if (end == std::string_view::npos) end = content.size();
        std::string_view line = content.substr(pos, end - pos);
        pos = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (detail::trim(line).empty()) continue;

        const std::vector<cell> cells = split_row(line);
        if (!header) {
            header = read_header(cells);
            bool complete = true;
            for (const auto& [index, name] : std::array<std::pair<std::size_t, std::string_view>, 2>{
                     {{header->file, "file"}, {header->published, "published"}}}) {
                if (index != columns::absent) continue;
                out.diagnostics.push_back({severity::error, std::string(path), line_number, 0,
                                           fmt::format("manifest has no \"{}\" column", name)});
                complete = false;
            }
            if (!complete) return out;
            continue;
        }

        manifest_entry entry;
        entry.line = line_number;
        const cell file = cell_at(cells, header->file);
        if (file.text.empty()) {
            out.diagnostics.push_back({severity::error, std::string(path), line_number, 0, "row has no file name"});
            continue;
        }
        entry.file = std::string(file.text);
        const cell published = cell_at(cells, header->published);
        if (!published.text.empty()) {
            entry.published = parse_publication_time(published.text);
            if (!entry.published) {
                out.diagnostics.push_back({severity::error, std::string(path), line_number, published.column,
                                           fmt::format("cannot read publication date \"{}\"", published.text)});
                continue;
            }
        }
        entry.source = std::string(cell_at(cells, header->source).text);
        entry.title = std::string(cell_at(cells, header->title).text);
        entry.url = std::string(cell_at(cells, header->url).text);
        out.entries.push_back(std::move(entry));
    }
    return out;
}

}  // namespace dateline
