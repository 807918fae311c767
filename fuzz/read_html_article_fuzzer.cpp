// read_html_article on arbitrary bytes: no crash, diagnostics name the page, a document has text
// made of non-empty paragraphs and a date only with the evidence it came from.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "dateline/timeline/html_article.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const article_result article = read_html_article("fuzz.html", bytes);
    fuzz::check_diagnostics(article.diagnostics, "fuzz.html");
    if (!article.doc) {
        fuzz::require(has_errors(article.diagnostics), "a page that gives no document says why in an error");
        return 0;
    }
    const document& doc = *article.doc;
    fuzz::require(!doc.content.empty(), "a document from a page has text");
    fuzz::require(doc.body_begin <= doc.content.size(), "the body starts inside the text");
    fuzz::require(doc.content.find("\n\n\n") == std::string::npos, "paragraphs are separated by one blank line",
                  doc.content);
    fuzz::require(!doc.content.starts_with("\n") && !doc.content.ends_with("\n"), "no empty paragraph at either end",
                  doc.content);
    fuzz::require(doc.dated() == (doc.published_from != date_origin::none), "a date says where it came from");
    fuzz::require(doc.dated() == !doc.published_evidence.empty(), "a date comes with its evidence");
    if (doc.published) fuzz::check_publication_time(*doc.published);
    return 0;
}
