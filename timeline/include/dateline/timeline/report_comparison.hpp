// Who reported what when: the first report of each event, each report's lag behind the event,
// reports that tell one happening with different dates, and a summary per source.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// The documents that report g's happening, each once in order of appearance: its
// `happening_documents` when set (a `--top` pick), else its reports' documents.
std::vector<std::size_t> reporting_documents(const event_group& g);

// Of those, the dated document published first (day, then time of day, then source order);
// nothing when none is dated.
std::optional<std::size_t> first_reporting_document(const chronology& c, const event_group& g);

// The publication day of e's document minus the first day of g; negative when the event was
// announced ahead. Nothing when the document is undated.
std::optional<long> lag_days(const chronology& c, const event_group& g, const event& e);

// Reports in different documents whose content words overlap at least this much (Dice) tell
// the same happening.
inline constexpr double disagreement_dice = 0.5;
// ... and they disagree when one dates it one or two days from the other (a day or finer).
inline constexpr long disagreement_max_days = 2;

// Clusters of reports (linked pairwise as above; background groups left out) that date one
// happening to different days: each with its distinct dates and its reports in source order;
// the clusters in the source order of their first report.
std::vector<disagreement> find_disagreements(const chronology& c, unsigned threads = 1);

// The name a document is credited by: its source, else its path.
std::string credited_name(const document& d);

struct source_summary {
    std::string source;                // the documents' source ("" for documents without one)
    std::size_t documents = 0;
    std::size_t events = 0;            // dated, non-background groups it reports
    std::size_t first_reported = 0;    // ... of which it published the first report
    std::optional<double> median_lag;  // median lag_days of its reports in those groups
};

// One row per source, by number of documents (most first), then name.
std::vector<source_summary> summarize_sources(const chronology& c);

}  // namespace dateline
