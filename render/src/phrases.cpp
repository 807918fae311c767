#include "phrases.hpp"

#include <string>

#include "text_fold.hpp"

namespace dateline::render_detail {

template <class Marked>
std::vector<text_piece> mark_phrases(const event& e, Marked marked) {
    const std::string_view sentence = e.text;
    std::vector<text_piece> out;
    std::size_t emitted = 0;     // end of the last piece put out
    std::size_t search_from = 0;  // phrases come in text order
    for (std::size_t i = 0; i < e.timexes.size(); ++i) {
        const std::string phrase = fold_whitespace(e.timexes[i].text);
        if (phrase.empty()) continue;
        const auto at = sentence.find(phrase, search_from);
        if (at == std::string_view::npos) continue;
        search_from = at + phrase.size();
        if (!marked(i) || at < emitted) continue;
        if (at > emitted) out.push_back({sentence.substr(emitted, at - emitted), false});
        out.push_back({sentence.substr(at, phrase.size()), true});
        emitted = at + phrase.size();
    }
    if (emitted < sentence.size()) out.push_back({sentence.substr(emitted), false});
    return out;
}

std::vector<text_piece> mark_dating_phrase(const event& e) {
    return mark_phrases(e, [&](std::size_t i) { return i == e.anchor; });
}

std::vector<text_piece> mark_unresolved_phrases(const event& e) {
    return mark_phrases(e, [&](std::size_t i) { return !e.timexes[i].r.resolved(); });
}

}  // namespace dateline::render_detail
