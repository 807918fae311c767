// read_jsonl on arbitrary bytes: no crash, diagnostics name the file and a line, every document is
// named FILE:LINE in line order, has text, and a date only with the record field it came from.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "dateline/timeline/jsonl_reader.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const articles_result r = read_jsonl("fuzz.jsonl", bytes);
    fuzz::check_diagnostics(r.diagnostics, "fuzz.jsonl");
    std::size_t last_line = 0;
    for (const document& doc : r.documents) {
        fuzz::require(doc.path.starts_with("fuzz.jsonl:"), "a record is named FILE:LINE", doc.path);
        const std::size_t line = std::stoul(doc.path.substr(11));
        fuzz::require(line > last_line, "records come in line order", doc.path);
        last_line = line;
        fuzz::require(!doc.content.empty() && doc.body_begin == 0, "a record has text and no front matter");
        fuzz::require(doc.dated() == (doc.published_from == date_origin::record), "a record's date is its own");
        fuzz::require(doc.dated() == !doc.published_evidence.empty(), "a date comes with its evidence");
        if (doc.published) fuzz::check_publication_time(*doc.published);
    }
    return 0;
}
