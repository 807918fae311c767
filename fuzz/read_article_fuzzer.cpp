// read_article (front matter, publication date, encoding checks) and find_text_dateline on
// arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.hpp"
#include "dateline/timeline/readers.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);

    const article_result article = read_article("fuzz.md", bytes);
    fuzz::check_diagnostics(article.diagnostics, "fuzz.md");
    if (article.doc) {
        const document& doc = *article.doc;
        fuzz::require(doc.content == bytes, "a document keeps the file byte for byte");
        fuzz::require(doc.body_begin <= doc.content.size(), "the body starts inside the file");
        fuzz::require(doc.dated() == (doc.published_from != date_origin::none), "a date says where it came from");
        if (doc.published) fuzz::check_publication_time(*doc.published);
    } else {
        fuzz::require(has_errors(article.diagnostics), "a file that gives no document says why in an error");
    }

    if (const auto p = find_text_dateline(bytes)) fuzz::check_publication_time(*p);
    return 0;
}
