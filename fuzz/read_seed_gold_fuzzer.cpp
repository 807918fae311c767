// read_seed_gold on arbitrary bytes, then attach_article: the input is the gold JSON, a NUL
// byte, and the article the gold is checked against (all JSON when there is no NUL).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "annotated_check.hpp"
#include "check.hpp"
#include "dateline/eval/seed_gold_reader.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = bytes.find('\0');
    const std::string_view json = bytes.substr(0, nul);
    const std::string_view article = nul == std::string_view::npos ? std::string_view{} : bytes.substr(nul + 1);

    const seed_gold_result gold = read_seed_gold("gold.json", json);
    fuzz::check_diagnostics(gold.diagnostics, "gold.json");
    if (!gold.gold) {
        fuzz::require(has_errors(gold.diagnostics), "gold that gives nothing says why in an error");
        return 0;
    }
    const annotated_result attached = attach_article(*gold.gold, "gold.json", "article.txt", std::string(article));
    fuzz::check_annotated(attached, "gold.json");
    if (attached.doc) fuzz::require(attached.doc->doc.content == article, "the article is kept byte for byte");
    return 0;
}
