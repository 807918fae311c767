// `build --top N`: the N most salient days of a chronology, each with its most representative
// reports.
#pragma once

#include <cstddef>
#include <vector>

#include "dateline/timeline/event.hpp"
#include "dateline/timeline/salience.hpp"

namespace dateline {

struct top_request {
    std::size_t count = 0;     // days to pick
    std::size_t per_date = 2;  // reports to keep per day
    salience_model model = {};
};

// Two reports whose content words overlap this much (Dice) say the same thing: only the more
// representative one is kept.
inline constexpr double near_duplicate_dice = 0.5;

// Whether a report tells what happened on its day: its date is not announced ahead in the future
// tense ("will meet on Tuesday") nor a clock time alone (a schedule, a live page's time stamp).
bool tells_its_day(const event& e);

// Indexes of up to `count` reports, most representative first. The candidates are the reports
// that tell their day (all of them when none does): the candidate whose content words overlap the
// other candidates' most (mean Dice, the centroid), then the next one that is no near-duplicate
// of those already chosen, and so on. Ties go to the earlier report.
std::vector<std::size_t> representative_reports(const std::vector<const event*>& reports, std::size_t count);

// The `count` best-scored days of score_days (ties: the earlier day), in chronological order:
// the days select_top picks.
std::vector<day_salience> most_salient_days(const chronology& c, const salience_model& m, std::size_t count);

// The chronology of the `count` most salient days (ties: the earlier day), in chronological
// order; under each day its `per_date` most representative reports from every group counting for
// that day, best first, each as a group of its own (the day's value, grain and salience; the first
// pick of each happening keeps the documents of all its reports in `happening_documents`, so the
// writers can say who reported it first and how much later the others did). Background groups, weeks,
// months and years are never picked; readers' comments are no report (reader_comments.hpp). The documents and diagnostics are kept; the undated events
// are left out; the disagreements kept are those about a picked day.
chronology select_top(const chronology& c, const top_request& request);

}  // namespace dateline
