#include "test_support.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dateline::cli::testing {
namespace fs = std::filesystem;

scratch_folder::scratch_folder() {
    std::string pattern = (fs::temp_directory_path() / "dateline-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

scratch_folder::~scratch_folder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::string scratch_folder::operator/(const std::string& relative) const { return path_ + "/" + relative; }

std::string scratch_folder::write(const std::string& relative, const std::string& bytes) const {
    const fs::path file = *this / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
}

std::string scratch_folder::make_folder(const std::string& relative) const {
    fs::create_directories(*this / relative);
    return *this / relative;
}

std::string scratch_folder::dangling_link(const std::string& relative) const {
    const fs::path link = *this / relative;
    fs::create_directories(link.parent_path());
    fs::create_symlink(*this / "no-such-target", link);
    return link.string();
}

std::vector<std::string> scratch_folder::list(const std::string& relative) const {
    std::vector<std::string> names;
    for (const fs::directory_entry& e : fs::directory_iterator(*this / relative)) {
        names.push_back(e.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

run_result run_dateline(const std::vector<std::string>& arguments, const std::string& working_folder) {
    return run_dateline_with_input(arguments, "", working_folder);
}

run_result run_dateline_with_input(const std::vector<std::string>& arguments, const std::string& standard_input,
                                   const std::string& working_folder) {
    const scratch_folder capture;
    const std::string out_path = capture / "stdout";
    const std::string err_path = capture / "stderr";
    const std::string in_path = capture.write("stdin", standard_input);

    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int in = ::open(in_path.c_str(), O_RDONLY);
        if (out < 0 || err < 0 || in < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0 ||
            ::chdir(working_folder.c_str()) != 0) {
            ::_exit(127);
        }
        std::vector<char*> argv;
        std::string program = DATELINE_BINARY;
        argv.push_back(program.data());
        std::vector<std::string> copies = arguments;
        for (std::string& a : copies) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    run_result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_text(out_path);
    result.err = read_text(err_path);
    return result;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) result.push_back(line);
    return result;
}

std::vector<std::string> formatted(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const diagnostic& d : ds) out.push_back(format(d));
    return out;
}

}  // namespace dateline::cli::testing
