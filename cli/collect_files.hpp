// Turning the PATH arguments into the list of article files and the manifests that come with
// them. Folders are walked recursively for article files (.txt, .md, .jsonl, ...: see
// input_kind.hpp; hidden files and folders skipped); "-" stands for standard input;
// the result is sorted by path so that output never depends on the order of a directory listing.
#pragma once

#include <string>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline::cli {

inline constexpr const char* manifest_name = "published.tsv";
inline constexpr const char* stdin_argument = "-";

// How a manifest came into the run; decides its reach and whether unmatched rows are reported.
enum class manifest_origin {
    folder_walk,   // published.tsv inside a folder given as PATH: reaches the files under it
    named,         // --manifest, or published.tsv given as PATH: reaches every input
    next_to_file,  // published.tsv beside a file given as PATH (a chosen subset: rows left over are normal)
};

struct found_manifest {
    std::string path;  // as given, or built from the folder walk
    manifest_origin origin = manifest_origin::folder_walk;
};

struct collected_files {
    std::vector<std::string> articles;        // sorted by path, each once
    std::vector<found_manifest> manifests;    // each once, in the order found
    std::vector<diagnostic> diagnostics;      // errors: paths that do not exist, named files of other kinds
    std::vector<std::string> empty_folders;   // folders given as PATH in which no article was found
    bool reads_stdin = false;                 // "-" was among the PATHs
};

// `manifest_flag` is --manifest when given (empty otherwise). `output` is the -o file, which is
// never an article: found in a folder it is passed over (a second run must not read the first
// run's chronology), named as a PATH it is an error (reading it would overwrite it).
collected_files collect_files(const std::vector<std::string>& paths, const std::string& manifest_flag = {},
                              const std::string& output = {});

}  // namespace dateline::cli
