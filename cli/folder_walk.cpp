#include "folder_walk.hpp"

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dateline::cli {
namespace {

struct folder_entry {
    std::string name;
    unsigned char type;  // DT_DIR, DT_REG, DT_LNK, DT_UNKNOWN, ...
};

// Appends the entries of the open folder `fd` but "." and ".."; 0, or the errno of a failed read.
int read_entries(int fd, std::vector<folder_entry>& entries) {
    const auto add = [&](const char* name, unsigned char type) {
        if (std::strcmp(name, ".") != 0 && std::strcmp(name, "..") != 0) entries.push_back({name, type});
    };
#ifdef __linux__
    alignas(struct dirent64) std::array<char, 32768> buffer;
    for (;;) {
        const ssize_t n = ::getdents64(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return 0;
        for (ssize_t at = 0; at < n;) {
            unsigned short length = 0;
            std::memcpy(&length, buffer.data() + at + offsetof(struct dirent64, d_reclen), sizeof length);
            add(buffer.data() + at + offsetof(struct dirent64, d_name),
                static_cast<unsigned char>(buffer[static_cast<std::size_t>(at) + offsetof(struct dirent64, d_type)]));
            at += length;
        }
    }
#else
    const int copy = ::dup(fd);  // closedir closes the descriptor it reads
    DIR* folder = copy < 0 ? nullptr : ::fdopendir(copy);
    if (folder == nullptr) {
        const int error = errno;
        if (copy >= 0) ::close(copy);
        return error;
    }
    errno = 0;
    while (const dirent* e = ::readdir(folder)) add(e->d_name, e->d_type);
    const int error = errno;
    ::closedir(folder);
    return error;
#endif
}

enum class entry_kind { folder, link_to_folder, other };

// What the entry is, asking the system only when the listing does not say or the entry is a link.
entry_kind kind_of(int fd, const folder_entry& entry) {
    unsigned char type = entry.type;
    struct stat status{};
    if (type == DT_UNKNOWN) {  // some file systems leave the type out of the listing
        if (::fstatat(fd, entry.name.c_str(), &status, AT_SYMLINK_NOFOLLOW) != 0) return entry_kind::other;
        if (S_ISDIR(status.st_mode)) return entry_kind::folder;
        if (!S_ISLNK(status.st_mode)) return entry_kind::other;
        type = DT_LNK;
    }
    if (type == DT_DIR) return entry_kind::folder;
    if (type == DT_LNK && ::fstatat(fd, entry.name.c_str(), &status, 0) == 0 && S_ISDIR(status.st_mode))
        return entry_kind::link_to_folder;
    return entry_kind::other;  // a file, a link to one, a dangling link, a FIFO, ...
}

std::error_code walk_under(int parent, const char* name, const std::string& path, int open_flags,
                           const std::function<void(const std::string&, std::string_view)>& on_file) {
    const int fd = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | open_flags);
    if (fd < 0) return {errno, std::generic_category()};
    std::vector<folder_entry> entries;
    std::error_code error;
    if (const int read_error = read_entries(fd, entries)) error = {read_error, std::generic_category()};
    const std::string prefix = path.ends_with('/') ? path : path + '/';
    for (const folder_entry& entry : entries) {
        if (error) break;
        if (entry.name.front() == '.') continue;  // hidden, and nothing under it either
        const std::string child = prefix + entry.name;
        switch (kind_of(fd, entry)) {
        case entry_kind::folder: error = walk_under(fd, entry.name.c_str(), child, O_NOFOLLOW, on_file); break;
        case entry_kind::link_to_folder: break;
        case entry_kind::other: on_file(child, entry.name); break;
        }
    }
    ::close(fd);
    return error;
}

}  // namespace

std::error_code walk_folder(const std::string& folder,
                            const std::function<void(const std::string& path, std::string_view name)>& on_file) {
    return walk_under(AT_FDCWD, folder.c_str(), folder, 0, on_file);
}

}  // namespace dateline::cli
