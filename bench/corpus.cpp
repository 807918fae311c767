#include "corpus.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dateline/eval/timeml_reader.hpp"

namespace dateline::bench {

std::vector<document> load_timeml_folder(const std::string& folder) {
    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".tml") paths.push_back(it->path());
    std::sort(paths.begin(), paths.end());
    std::vector<document> documents;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        auto result = read_timeml(path.string(), bytes.str());
        if (result.doc) documents.push_back(std::move(result.doc->doc));
    }
    if (documents.empty()) {
        std::cerr << "bench: no TimeML documents under " << folder << "\n";
        std::exit(2);
    }
    return documents;
}

std::vector<document> tile(const std::vector<document>& documents, std::size_t min_bytes) {
    std::vector<document> tiled;
    std::size_t bytes = 0;
    while (bytes < min_bytes) {
        for (const auto& d : documents) {
            tiled.push_back(d);
            bytes += d.content.size();
        }
    }
    return tiled;
}

std::size_t total_bytes(const std::vector<document>& documents) {
    std::size_t bytes = 0;
    for (const auto& d : documents) bytes += d.content.size();
    return bytes;
}

}  // namespace dateline::bench
