// The files of a folder tree, for collect_files: what std::filesystem's recursive iterator gives
// (hidden names skipped, links to folders neither followed nor listed, everything else listed:
// files, links to files, dangling links, FIFOs), in the same order (depth first, each folder's
// entries in the order the system lists them), with fewer system calls: a walk of 970 folders
// (Timeline17) took 15-22 ms with the iterator, which opens each folder with an extra fstat and
// two fcntl calls, and takes 10-12 ms this way. Linux reads folders with getdents64; elsewhere
// with readdir.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace dateline::cli {

// Calls on_file(path, name) for each file under `folder` (path is folder, a '/' unless folder
// ends with one, and the names below it). Stops at the first folder that cannot be opened or
// read and returns its error; an empty error code when the whole tree was walked.
std::error_code walk_folder(const std::string& folder,
                            const std::function<void(const std::string& path, std::string_view name)>& on_file);

}  // namespace dateline::cli
