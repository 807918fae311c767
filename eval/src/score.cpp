#include "dateline/eval/score.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "context.hpp"
#include "dateline/eval/align.hpp"
#include "dateline/eval/value_compare.hpp"

namespace dateline {

namespace {

constexpr std::size_t context_width = 40;

std::optional<double> ratio(std::size_t part, std::size_t whole) {
    if (whole == 0) return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

precision_recall measure(std::size_t matches, const counts& c) {
    return {ratio(matches, c.system), ratio(matches, c.gold), ratio(2 * matches, c.gold + c.system)};
}

std::size_t position(const scoring_error& e) { return e.gold ? e.gold->start : e.system->start; }

}  // namespace

counts& counts::operator+=(const counts& other) {
    gold += other.gold;
    system += other.system;
    strict += other.strict;
    relaxed += other.relaxed;
    type_correct += other.type_correct;
    value_correct += other.value_correct;
    return *this;
}

figures compute_figures(const counts& c) {
    figures f;
    f.strict = measure(c.strict, c);
    f.relaxed = measure(c.relaxed, c);
    f.type_accuracy = ratio(c.type_correct, c.relaxed);
    f.value_accuracy = ratio(c.value_correct, c.relaxed);
    f.type_f1 = ratio(2 * c.type_correct, c.gold + c.system);
    f.value_f1 = ratio(2 * c.value_correct, c.gold + c.system);
    return f;
}

std::string_view to_string(error_kind k) {
    switch (k) {
    case error_kind::missed: return "missed";
    case error_kind::false_alarm: return "false alarm";
    case error_kind::extent: return "wrong extent";
    case error_kind::type: return "wrong type";
    case error_kind::value: return "wrong value";
    }
    return "missed";
}

document_score score_document(std::string path, std::string corpus, const annotated_document& gold,
                              const std::vector<timex_annotation>& system) {
    document_score score{std::move(path), std::move(corpus), gold.dct_value, {}, {}};
    const alignment a = align_timexes(gold.timexes, system);
    const std::string_view text = gold.doc.content;
    auto add_error = [&](error_kind kind, const timex_annotation* g, const timex_annotation* s) {
        const timex_annotation& at = g != nullptr ? *g : *s;
        auto context = detail::context_around(text, at.start, at.end, context_width);
        score.errors.push_back({kind, g != nullptr ? std::optional(*g) : std::nullopt,
                                s != nullptr ? std::optional(*s) : std::nullopt, std::move(context.before),
                                std::move(context.after)});
    };

    counts& c = score.c;
    c.gold = gold.timexes.size();
    c.system = system.size();
    c.relaxed = a.pairs.size();
    for (const aligned_pair& p : a.pairs) {
        const timex_annotation& g = gold.timexes[p.gold];
        const timex_annotation& s = system[p.system];
        if (same_extent(g, s)) {
            ++c.strict;
        } else {
            add_error(error_kind::extent, &g, &s);
        }
        if (g.type == s.type) {
            ++c.type_correct;
        } else {
            add_error(error_kind::type, &g, &s);
        }
        if (same_timex_value(g.value, s.value)) {
            ++c.value_correct;
        } else {
            add_error(error_kind::value, &g, &s);
        }
    }
    for (const std::size_t g : a.missed) add_error(error_kind::missed, &gold.timexes[g], nullptr);
    for (const std::size_t s : a.false_alarms) add_error(error_kind::false_alarm, nullptr, &system[s]);
    std::stable_sort(score.errors.begin(), score.errors.end(), [](const scoring_error& x, const scoring_error& y) {
        return std::tuple(position(x), x.kind) < std::tuple(position(y), y.kind);
    });
    return score;
}

evaluation summarize(std::vector<document_score> documents) {
    evaluation e;
    e.overall.corpus = "all";
    std::map<std::string, corpus_score> by_corpus;
    for (const document_score& d : documents) {
        corpus_score& s = by_corpus[d.corpus];
        s.corpus = d.corpus;
        ++s.documents;
        s.c += d.c;
        ++e.overall.documents;
        e.overall.c += d.c;
    }
    for (auto& [name, s] : by_corpus) e.corpora.push_back(std::move(s));
    e.documents = std::move(documents);
    return e;
}

}  // namespace dateline
