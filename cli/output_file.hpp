// Writing results. A file given with -o is replaced atomically: the bytes go to a temporary
// file in the same folder, which is flushed to disk and then renamed over the target, so an
// interrupted or failed run never leaves a half-written file where a good one was.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dateline/timeline/diagnostic.hpp"

namespace dateline::cli {

// The strerror text on failure; the target is then untouched and no temporary file is left.
// A new file gets the usual permissions (0666 less the umask), a replaced one keeps its own.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes);

// Output written as it is made: to standard output directly, or to a temporary file beside `path`
// that commit() renames over it (so a failed run still leaves the old file whole). Destroyed
// without commit(), it removes the temporary file. The file's bytes start going to the disk
// while it is written, so that commit() does not wait for all of them at the end.
class output_stream {
public:
    explicit output_stream(std::string path);  // empty: standard output
    ~output_stream();
    output_stream(const output_stream&) = delete;
    output_stream& operator=(const output_stream&) = delete;

    std::optional<diagnostic> write(std::string_view bytes);
    std::optional<diagnostic> commit();

private:
    std::string path_;
    std::string temp_;
    int fd_ = -1;
    std::size_t written_ = 0;  // bytes written to the temporary file
    std::size_t flushing_ = 0;  // of which handed to the disk already (see write)
};

// To `path` atomically, or to standard output when `path` is empty.
std::optional<diagnostic> write_output(const std::string& path, std::string_view bytes);

}  // namespace dateline::cli
