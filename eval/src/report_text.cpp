#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "dateline/eval/report.hpp"

namespace dateline {

namespace {

std::string figure(const std::optional<double>& f) { return f ? fmt::format("{:.3f}", *f) : "-"; }

struct row {
    std::string_view name;
    std::size_t documents = 0;
    const counts* c = nullptr;
};

void append_table(std::string& out, std::string_view title, const std::vector<row>& rows) {
    std::size_t width = title.size();
    for (const row& r : rows) width = std::max(width, r.name.size());
    auto it = std::back_inserter(out);
    fmt::format_to(it, "{:{}}  {:>5} {:>6} {:>6}   {:-^20}  {:-^20}  {:-^13}  {:-^13}\n", "", width, "", "", "",
                   " strict ", " relaxed ", " type ", " value ");
    fmt::format_to(it, "{:{}}  {:>5} {:>6} {:>6}   {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6} {:>6}  {:>6} {:>6}\n",
                   title, width, "docs", "gold", "system", "P", "R", "F1", "P", "R", "F1", "acc", "F1", "acc", "F1");
    for (const row& r : rows) {
        const figures f = compute_figures(*r.c);
        fmt::format_to(it,
                       "{:{}}  {:>5} {:>6} {:>6}   {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>6} {:>6}  {:>6} {:>6}\n",
                       r.name, width, r.documents, r.c->gold, r.c->system, figure(f.strict.precision),
                       figure(f.strict.recall), figure(f.strict.f1), figure(f.relaxed.precision),
                       figure(f.relaxed.recall), figure(f.relaxed.f1), figure(f.type_accuracy), figure(f.type_f1),
                       figure(f.value_accuracy), figure(f.value_f1));
    }
}

std::string describe(const timex_annotation& t) {
    std::string s = fmt::format("{} {}", t.type, t.value.empty() ? "(no value)" : t.value);
    if (!t.mod.empty()) s += fmt::format(" mod={}", t.mod);
    return s;
}

void append_error(std::string& out, const scoring_error& e) {
    auto it = std::back_inserter(out);
    const timex_annotation& at = e.gold ? *e.gold : *e.system;
    fmt::format_to(it, "  {:<12} \"{}\"", to_string(e.kind), at.text);
    if (e.gold) fmt::format_to(it, "  gold {}", describe(*e.gold));
    if (e.system) {
        fmt::format_to(it, "  system {}", describe(*e.system));
        if (e.gold && e.system->text != e.gold->text) fmt::format_to(it, " on \"{}\"", e.system->text);
    }
    fmt::format_to(it, "\n  {:<12} ...{}[{}]{}...\n", "", e.before, at.text, e.after);
}

}  // namespace

std::string format_evaluation_text(const evaluation& e, const report_options& options) {
    std::string out;
    std::vector<row> totals;
    for (const corpus_score& c : e.corpora) totals.push_back({c.corpus, c.documents, &c.c});
    totals.push_back({e.overall.corpus, e.overall.documents, &e.overall.c});
    append_table(out, "corpus", totals);

    if (options.documents) {
        std::vector<row> rows;
        for (const document_score& d : e.documents) rows.push_back({d.path, 1, &d.c});
        out += '\n';
        append_table(out, "document", rows);
    }
    if (options.errors) {
        std::size_t total = 0;
        for (const document_score& d : e.documents) total += d.errors.size();
        fmt::format_to(std::back_inserter(out), "\nerrors: {}\n", total);
        for (const document_score& d : e.documents) {
            if (d.errors.empty()) continue;
            fmt::format_to(std::back_inserter(out), "{} (DCT {})\n", d.path, d.dct.empty() ? "none" : d.dct);
            for (const scoring_error& err : d.errors) append_error(out, err);
        }
    }
    return out;
}

}  // namespace dateline
