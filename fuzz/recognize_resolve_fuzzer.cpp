// The grammar and the resolver on arbitrary bytes, with an arbitrary DCT, tense and narrative
// time taken from the first bytes (fuzzed_context.hpp): every match is resolved on its own, then
// the whole text is tagged as a document (sentences, tense cues, narrative time).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check.hpp"
#include "dateline/parser/recognize.hpp"
#include "dateline/parser/resolve.hpp"
#include "dateline/timeline/analyze.hpp"
#include "fuzzed_context.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::fuzzed_context in = fuzz::take_context(data, size);

    std::size_t last_end = 0;
    for (const recognized& r : recognize(in.text)) {
        fuzz::require(r.begin < r.end && r.end <= in.text.size(), "a match is a non-empty span of the text");
        fuzz::require(r.begin >= last_end, "matches come in order and never overlap");
        last_end = r.end;
        fuzz::check_resolution(resolve(r.ast, in.ctx));
    }

    document doc;
    doc.path = "fuzz.txt";
    doc.content = std::string(in.text);
    doc.published = in.ctx.dct;
    fuzz::check_tagged(tag_document(doc), doc.content);
    return 0;
}
