// Timexes found in a document, events built from them, and the merged, ordered chronology.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"
#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"

namespace dateline {

// A recognised and resolved expression in a document.
struct timex {
    std::size_t begin = 0;  // byte offsets into document::content
    std::size_t end = 0;
    std::string text;       // content[begin, end)
    tense clause_tense = tense::unknown;
    resolution r;
};

struct sentence_span {
    std::size_t begin = 0;  // byte offsets into document::content
    std::size_t end = 0;
};

// Everything `dateline tag` reports for one document.
struct tagged_document {
    std::vector<sentence_span> sentences;
    std::vector<timex> timexes;  // in text order
};

// A sentence anchored by its most specific resolved date.
struct event {
    std::size_t document = 0;        // index into chronology::documents
    std::size_t sentence_index = 0;  // index into that document's sentences
    sentence_span span;
    std::string text;                // the sentence, white space folded
    std::vector<timex> timexes;      // every timex in the sentence, text order
    std::size_t anchor = 0;          // index into timexes of the one that dates the event
    std::optional<local_interval> when;  // absent for undated events
    granularity grain = granularity::none;
    std::string value;               // TIMEX3 value of the anchor ("2025-04-23TNI")
    // The content words of `text` as sorted numbers (merge.hpp compares them): numbered where a
    // build extracts the event, on its threads; merge_events numbers those that come without.
    std::vector<std::uint64_t> content_stems;
};

// One happening, reported by one or more documents, in source order.
struct event_group {
    local_interval when;
    granularity grain = granularity::none;
    std::string value;
    std::vector<event> reports;
    // Set by the salience model (salience.hpp) for groups that count for one day; else absent.
    std::optional<double> salience;
    // Coarse (a year or coarser) or long before the corpus: shown apart (background.hpp).
    bool background = false;
    // A `--top` pick keeps one report of a happening that other documents may report too: the
    // documents of all its reports, so that the comparison still names who reported it first
    // (top_dates.hpp). Empty otherwise: the reports' own documents count.
    std::vector<std::size_t> happening_documents;
};

// Reports that tell one happening but date it differently ("Tuesday" in one outlet, "Wednesday"
// in another): the distinct dates, and the reports as (document, sentence) pairs in source order.
struct disagreement {
    struct report_ref {
        std::size_t document = 0;
        std::size_t sentence = 0;
        friend bool operator==(const report_ref&, const report_ref&) = default;
    };
    std::vector<std::string> dates;  // TIMEX3 values, ascending
    std::vector<report_ref> reports;
};

struct chronology {
    std::vector<document> documents;
    std::vector<event_group> dated;    // ordered: interval start, granularity, source order
    std::vector<event> undated;        // events whose dates could not be resolved (undated documents)
    std::vector<disagreement> disagreements;  // report_comparison.hpp
    std::vector<diagnostic> diagnostics;
};

}  // namespace dateline
