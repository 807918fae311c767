#include "collect_files.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "folder_walk.hpp"
#include "input_kind.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

bool is_article_name(std::string_view path) { return kind_by_extension(path).has_value(); }

// Lexical identity of a path, so "a/x.txt" and "./a/x.txt" are one file.
std::string identity(const fs::path& p) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(p, ec);
    return (ec ? p : absolute).lexically_normal().generic_string();
}

class collector {
public:
    explicit collector(const std::string& output) : output_(output.empty() ? std::string() : identity(output)) {}

    void add_argument(const std::string& argument) {
        if (argument == stdin_argument) {
            result_.reads_stdin = true;
            return;
        }
        const fs::path path(argument);
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            result_.diagnostics.push_back(cannot_read(argument, ec));
        } else if (fs::is_directory(status)) {
            const std::size_t problems = result_.diagnostics.size();
            const bool none = walk(path) == 0;
            if (none && result_.diagnostics.size() == problems) result_.empty_folders.push_back(argument);
        } else if (path.filename() == manifest_name) {
            add_manifest(argument, manifest_origin::named);
        } else if (is_article_name(argument) && is_output(argument)) {
            result_.diagnostics.push_back({severity::error, argument, 0, 0, "is also the output file (-o); not read"});
        } else if (is_article_name(argument)) {
            add_article(argument);
            const fs::path beside = path.parent_path() / manifest_name;
            if (fs::is_regular_file(beside, ec)) add_manifest(beside.generic_string(), manifest_origin::next_to_file);
        } else {
            // Named on purpose yet not read: an error, so that the exit code says so.
            result_.diagnostics.push_back(
                {severity::error, argument, 0, 0, "not an article file (" + article_extensions() + ")"});
        }
    }

    void add_manifest(const std::string& path, manifest_origin origin) {
        const std::string key = identity(path);
        const auto same = std::find_if(result_.manifests.begin(), result_.manifests.end(),
                                       [&](const found_manifest& m) { return identity(m.path) == key; });
        if (same == result_.manifests.end()) {
            result_.manifests.push_back({path, origin});
        } else if (origin != manifest_origin::next_to_file) {
            same->origin = origin;  // reached another way too: the stronger reason wins
        }
    }

    collected_files finish() && {
        std::sort(result_.articles.begin(), result_.articles.end());
        return std::move(result_);
    }

private:
    static diagnostic cannot_read(const std::string& path, const std::error_code& ec) {
        const std::string reason =
            ec ? ec.message() : std::make_error_code(std::errc::no_such_file_or_directory).message();
        return {severity::error, path, 0, 0, "cannot read file: " + reason};
    }

    bool is_output(const std::string& path) const { return !output_.empty() && identity(path) == output_; }

    void add_article(const std::string& path) { add_article(path, identity(path)); }

    void add_article(const std::string& path, std::string id) {
        if (seen_.insert(std::move(id)).second) result_.articles.push_back(path);
    }

    // The number of articles found (counting those already listed).
    std::size_t walk(const fs::path& folder) {
        std::size_t found = 0;
        // A dangling link is kept as an article: reading it reports why it cannot be read.
        const std::error_code error = walk_folder(folder.generic_string(), [&](const std::string& path, std::string_view name) {
            if (name == manifest_name) {
                add_manifest(path, manifest_origin::folder_walk);
            } else if (is_article_name(path)) {
                std::string id = identity(path);  // once: it is the costly part of a long walk
                if (!output_.empty() && id == output_) return;
                add_article(path, std::move(id));
                ++found;
            }
        });
        if (error) result_.diagnostics.push_back(cannot_read(folder.generic_string(), error));
        return found;
    }

    std::string output_;  // identity of the -o file, or empty
    collected_files result_;
    std::set<std::string> seen_;
};

}  // namespace

collected_files collect_files(const std::vector<std::string>& paths, const std::string& manifest_flag,
                              const std::string& output) {
    collector c(output);
    if (!manifest_flag.empty()) c.add_manifest(manifest_flag, manifest_origin::named);
    for (const std::string& path : paths) c.add_argument(path);
    return std::move(c).finish();
}

}  // namespace dateline::cli
