#include <nlohmann/json.hpp>

#include "dateline/eval/report.hpp"

namespace dateline {

namespace {

using json = nlohmann::ordered_json;

json figure(const std::optional<double>& f) { return f ? json(*f) : json(nullptr); }

// `row` comes with the fields that name it; the counts and figures are appended.
json with_figures(json row, const counts& c) {
    const figures f = compute_figures(c);
    row.update(json{
        {"gold", c.gold},
        {"system", c.system},
        {"strict_matches", c.strict},
        {"relaxed_matches", c.relaxed},
        {"type_correct", c.type_correct},
        {"value_correct", c.value_correct},
        {"strict", {{"precision", figure(f.strict.precision)}, {"recall", figure(f.strict.recall)},
                    {"f1", figure(f.strict.f1)}}},
        {"relaxed", {{"precision", figure(f.relaxed.precision)}, {"recall", figure(f.relaxed.recall)},
                     {"f1", figure(f.relaxed.f1)}}},
        {"type", {{"accuracy", figure(f.type_accuracy)}, {"f1", figure(f.type_f1)}}},
        {"value", {{"accuracy", figure(f.value_accuracy)}, {"f1", figure(f.value_f1)}}},
    });
    return row;
}

json total(const corpus_score& s) { return with_figures({{"corpus", s.corpus}, {"documents", s.documents}}, s.c); }

json timex(const std::optional<timex_annotation>& t) {
    if (!t) return nullptr;
    return {{"start", t->start}, {"end", t->end},   {"text", t->text}, {"tid", t->tid},
            {"type", t->type},   {"value", t->value}, {"mod", t->mod}};
}

}  // namespace

std::string format_evaluation_json(const evaluation& e, const report_options& options) {
    json out;
    out["overall"] = total(e.overall);
    out["corpora"] = json::array();
    for (const corpus_score& c : e.corpora) out["corpora"].push_back(total(c));
    if (options.documents) {
        out["documents"] = json::array();
        for (const document_score& d : e.documents) {
            out["documents"].push_back(with_figures({{"path", d.path}, {"corpus", d.corpus}, {"dct", d.dct}}, d.c));
        }
    }
    if (options.errors) {
        out["errors"] = json::array();
        for (const document_score& d : e.documents) {
            for (const scoring_error& err : d.errors) {
                out["errors"].push_back({{"path", d.path},
                                         {"dct", d.dct},
                                         {"kind", to_string(err.kind)},
                                         {"gold", timex(err.gold)},
                                         {"system", timex(err.system)},
                                         {"before", err.before},
                                         {"after", err.after}});
            }
        }
    }
    return out.dump(2) + "\n";
}

}  // namespace dateline
