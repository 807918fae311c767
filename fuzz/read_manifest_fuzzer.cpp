// read_manifest (published.tsv) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "dateline/timeline/readers.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const manifest_result m = read_manifest("published.tsv", bytes);
    fuzz::check_diagnostics(m.diagnostics, "published.tsv");
    std::size_t last_line = 1;  // the header is line 1 at the earliest
    for (const manifest_entry& e : m.entries) {
        fuzz::require(!e.file.empty(), "a row names a file", e.file);
        fuzz::require(e.line > last_line, "rows come in line order after the header", e.file);
        last_line = e.line;
        if (e.published) fuzz::check_publication_time(*e.published);
    }
    for (const diagnostic& d : m.diagnostics) fuzz::require(d.line >= 1, "a manifest problem has its line", format(d));
    return 0;
}
