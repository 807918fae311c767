// Scores system timexes against gold ones, per document, per corpus folder and overall, with
// the figures of the TempEval-3 task paper (UzZaman et al. 2013):
//   strict P/R/F1   over pairs with identical extents,
//   relaxed P/R/F1  over pairs with overlapping extents (see align.hpp),
//   type / value accuracy  = share of relaxed pairs whose type / value agree,
//   type / value F1        = relaxed F1 x that accuracy.
// Figures are pooled over timexes (micro-averaged), never averaged over documents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/eval/annotation.hpp"

namespace dateline {

struct counts {
    std::size_t gold = 0;
    std::size_t system = 0;
    std::size_t strict = 0;         // pairs with identical extents
    std::size_t relaxed = 0;        // pairs (overlapping extents), strict ones included
    std::size_t type_correct = 0;   // pairs whose types are equal
    std::size_t value_correct = 0;  // pairs whose values are equal (value_compare.hpp)

    counts& operator+=(const counts& other);
    friend bool operator==(const counts&, const counts&) = default;
};

// A figure is absent when it has nothing to count: precision with no system timex, recall with
// no gold timex, an accuracy with no relaxed pair, F1 with neither gold nor system timexes.
struct precision_recall {
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;  // 2 * matches / (gold + system): 0 when one side is empty
};

struct figures {
    precision_recall strict;
    precision_recall relaxed;
    std::optional<double> type_accuracy;
    std::optional<double> value_accuracy;
    std::optional<double> type_f1;   // relaxed F1 x type accuracy = 2 * type_correct / (gold + system)
    std::optional<double> value_f1;  // relaxed F1 x value accuracy = 2 * value_correct / (gold + system)
};

figures compute_figures(const counts& c);

enum class error_kind : std::uint8_t {
    missed,       // a gold timex no system timex overlaps
    false_alarm,  // a system timex no gold timex overlaps
    extent,       // a relaxed pair whose extents differ
    type,         // a relaxed pair whose types differ
    value,        // a relaxed pair whose values differ
};

std::string_view to_string(error_kind k);  // "missed", "false alarm", "wrong extent", "wrong type", "wrong value"

struct scoring_error {
    error_kind kind = error_kind::missed;
    std::optional<timex_annotation> gold;    // absent for false alarms
    std::optional<timex_annotation> system;  // absent for misses
    std::string before;  // the 40 characters before the span (the gold one when there is one)
    std::string after;   // the 40 characters after it; white space folded in both

    friend bool operator==(const scoring_error&, const scoring_error&) = default;
};

struct document_score {
    std::string path;    // the gold file
    std::string corpus;  // its corpus folder ("TimeBank", "AQUAINT")
    std::string dct;     // the DCT's TIMEX3 value; empty when undated
    counts c;
    std::vector<scoring_error> errors;  // in text order; a pair can be wrong in extent, type and value
};

// `system` must point into the same text as `gold.doc.content`.
document_score score_document(std::string path, std::string corpus, const annotated_document& gold,
                              const std::vector<timex_annotation>& system);

struct corpus_score {
    std::string corpus;
    std::size_t documents = 0;
    counts c;
};

struct evaluation {
    std::vector<document_score> documents;  // in the order given
    std::vector<corpus_score> corpora;      // sorted by name
    corpus_score overall;                   // corpus "all"
};

evaluation summarize(std::vector<document_score> documents);

}  // namespace dateline
