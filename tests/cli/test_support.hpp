// Helpers for the cli tests: a scratch folder that cleans up after itself, and running the
// built `dateline` executable with its standard output, standard error and exit code captured.
#pragma once

#include <string>
#include <vector>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline::cli::testing {

class scratch_folder {
public:
    scratch_folder();
    ~scratch_folder();
    scratch_folder(const scratch_folder&) = delete;
    scratch_folder& operator=(const scratch_folder&) = delete;

    const std::string& path() const { return path_; }
    // path() + "/" + relative
    std::string operator/(const std::string& relative) const;
    // Creates the file (and its folders) with these bytes; returns its path.
    std::string write(const std::string& relative, const std::string& bytes) const;
    std::string make_folder(const std::string& relative) const;
    // A symbolic link to a target that does not exist; returns its path.
    std::string dangling_link(const std::string& relative) const;
    // Names of the entries directly inside `relative`, sorted, hidden ones included.
    std::vector<std::string> list(const std::string& relative = ".") const;

private:
    std::string path_;
};

std::string read_text(const std::string& path);

struct run_result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the dateline executable with `arguments`, in `working_folder` (the source tree by default).
run_result run_dateline(const std::vector<std::string>& arguments,
                        const std::string& working_folder = DATELINE_SOURCE_DIR);

// The same with `standard_input` as the program's standard input (an empty file for run_dateline).
run_result run_dateline_with_input(const std::vector<std::string>& arguments, const std::string& standard_input,
                                   const std::string& working_folder = DATELINE_SOURCE_DIR);

// Each diagnostic as dateline::format writes it.
std::vector<std::string> formatted(const std::vector<diagnostic>& ds);

// Splits text into lines without their '\n'.
std::vector<std::string> lines(const std::string& text);

}  // namespace dateline::cli::testing
