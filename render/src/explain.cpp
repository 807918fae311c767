#include "dateline/render/explain.hpp"

#include "text_fold.hpp"

namespace dateline {

std::vector<explain_piece> explain_pieces(const timex& t) {
    std::vector<explain_piece> out;
    out.push_back({"“" + render_detail::fold_whitespace(t.text) + "” → ", false});
    if (t.r.resolved()) out.push_back({t.r.value, true});
    else out.push_back({"unresolved", false});
    if (!t.r.rule.empty()) {
        out.push_back({" by ", false});
        out.push_back({std::string(t.r.rule), true});
    }
    switch (t.r.anchor) {
    case anchor_kind::none: break;
    case anchor_kind::dct:
    case anchor_kind::narrative:
    case anchor_kind::story:
        out.push_back({t.r.anchor == anchor_kind::dct         ? " from DCT"
                       : t.r.anchor == anchor_kind::narrative ? " from narrative time"
                                                              : " from the story's time (a story told long before publication)",
                       false});
        if (!t.r.anchor_value.empty()) {
            out.push_back({" ", false});
            out.push_back({t.r.anchor_value, true});
        }
        break;
    case anchor_kind::missing: out.push_back({": no publication date", false}); break;
    }
    return out;
}

std::vector<explain_piece> publication_pieces(const document& d) {
    std::vector<explain_piece> out{{d.path + ": ", false}};
    if (!d.published) {
        out.push_back({"no publication date", false});
        return out;
    }
    out.push_back({timex_value(*d.published), true});
    out.push_back({" from " + std::string(to_string(d.published_from)), false});
    if (!d.published_evidence.empty()) {
        out.push_back({" (", false});
        out.push_back({d.published_evidence, false});
        out.push_back({")", false});
    }
    return out;
}

std::string explain_text(const timex& t) {
    std::string out;
    for (const auto& piece : explain_pieces(t)) out += piece.text;
    return out;
}

}  // namespace dateline
