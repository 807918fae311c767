// read_feed on arbitrary bytes: no crash, diagnostics name the feed, every item is a document named
// FILE:LINE (or FILE when the line is unknown) with text, and a date only from its feed element.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "dateline/timeline/feed_reader.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const articles_result r = read_feed("fuzz.rss", bytes);
    fuzz::check_diagnostics(r.diagnostics, "fuzz.rss");
    for (const document& doc : r.documents) {
        fuzz::require(doc.path.starts_with("fuzz.rss"), "an item is named after its feed", doc.path);
        fuzz::require(!doc.content.empty() && doc.body_begin == 0, "an item has text and no front matter");
        // (Plain text, as in Atom type="text", is kept as written: no rule on its blank lines.)
        fuzz::require(doc.dated() == (doc.published_from == date_origin::feed), "an item's date is its own");
        fuzz::require(doc.dated() == !doc.published_evidence.empty(), "a date comes with its evidence");
        if (doc.published) fuzz::check_publication_time(*doc.published);
    }
    return 0;
}
