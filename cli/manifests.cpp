#include "manifests.hpp"

#include <cstddef>
#include <filesystem>
#include <iterator>
#include <optional>

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

fs::path normal_absolute(const fs::path& p) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec);
    return (ec ? p : absolute).lexically_normal();
}

enum class match_kind { none, basename, relative_path };

struct manifest_view {
    const loaded_manifest* manifest;
    fs::path folder;
    std::size_t depth;
};

// The article's path relative to the folder, or nullopt when it lies outside it.
std::optional<std::string> relative_inside(const fs::path& article, const fs::path& folder) {
    const fs::path rel = article.lexically_relative(folder);
    if (rel.empty() || *rel.begin() == "..") return std::nullopt;
    return rel.generic_string();
}

match_kind match(const manifest_entry& row, const fs::path& article, const manifest_view& m) {
    const std::optional<std::string> rel = relative_inside(article, m.folder);
    if (!rel && m.manifest->source.origin != manifest_origin::named) return match_kind::none;
    if (rel && *rel == fs::path(row.file).lexically_normal().generic_string()) return match_kind::relative_path;
    if (article.filename() == row.file) return match_kind::basename;
    return match_kind::none;
}

// Higher is stronger.
std::size_t rank(const manifest_view& m) {
    if (m.manifest->source.origin == manifest_origin::named) return static_cast<std::size_t>(-1);
    return m.depth;
}

}  // namespace

manifest_matches match_manifests(const std::vector<std::string>& articles,
                                 const std::vector<loaded_manifest>& manifests) {
    std::vector<manifest_view> views;
    for (const loaded_manifest& m : manifests) {
        const fs::path folder = normal_absolute(m.source.path).parent_path();
        views.push_back({&m, folder, static_cast<std::size_t>(std::distance(folder.begin(), folder.end()))});
    }

    std::vector<std::vector<bool>> row_used(manifests.size());
    for (std::size_t i = 0; i < manifests.size(); ++i) row_used[i].assign(manifests[i].entries.size(), false);

    manifest_matches result;
    if (manifests.empty()) {  // the common case: no path to normalise
        result.row_for.assign(articles.size(), std::nullopt);
        return result;
    }
    for (const std::string& article_path : articles) {
        const fs::path article = normal_absolute(article_path);
        const manifest_entry* best = nullptr;
        const loaded_manifest* best_manifest = nullptr;
        std::size_t best_rank = 0;
        match_kind best_kind = match_kind::none;
        for (std::size_t mi = 0; mi < views.size(); ++mi) {
            const std::vector<manifest_entry>& rows = manifests[mi].entries;
            for (std::size_t ri = 0; ri < rows.size(); ++ri) {
                const match_kind kind = match(rows[ri], article, views[mi]);
                if (kind == match_kind::none) continue;
                row_used[mi][ri] = true;
                const std::size_t r = rank(views[mi]);
                if (best == nullptr || r > best_rank || (r == best_rank && kind > best_kind)) {
                    best = &rows[ri];
                    best_manifest = &manifests[mi];
                    best_rank = r;
                    best_kind = kind;
                }
            }
        }
        result.row_for.push_back(best ? std::optional(manifest_row{*best, best_manifest->source.path}) : std::nullopt);
    }

    for (std::size_t mi = 0; mi < manifests.size(); ++mi) {
        if (manifests[mi].source.origin == manifest_origin::next_to_file) continue;
        for (std::size_t ri = 0; ri < manifests[mi].entries.size(); ++ri) {
            if (row_used[mi][ri]) continue;
            const manifest_entry& row = manifests[mi].entries[ri];
            result.diagnostics.push_back({severity::warning, manifests[mi].source.path, row.line, 0,
                                          "\"" + row.file + "\" is not among the input files"});
        }
    }
    return result;
}

}  // namespace dateline::cli
