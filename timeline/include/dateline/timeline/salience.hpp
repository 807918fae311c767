// How much a day matters to a corpus: a score per day from the evidence of its reports.
//
// A day's evidence is every dated report whose date is that day or within it (a night counts
// for the day it begins). The score adds, over the distinct documents that date something to
// the day, a weight per document that grows when the document names the day by an absolute date,
// says it in its first sentences, or was published well after it (a day still recalled later
// matters); then it adds a weight per distinct publication day over which the day is mentioned,
// more for each such day well after it (recalled on many later days, not by one retrospective),
// and one per document published on the day itself or the day after (the news of that day).
// Days far after the last publication are left out. The lead bonus is 0: on the dev timelines
// any positive weight lowered date F1 (docs/accuracy.md lists what was tried).
// Every parameter is a plain number in salience_model, chosen on the Timeline17 dev timelines
// (docs/accuracy.md); nothing is learnt from data the repository does not hold.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <date/date.h>

#include "dateline/timeline/event.hpp"

namespace dateline {

struct salience_model {
    double per_document = 1.0;         // each distinct document dating a report to the day
    double absolute_bonus = 0.5;       // ... when one of its reports names the day absolutely
    double lead_bonus = 0.0;           // ... when one of its reports is among its first sentences
    std::size_t lead_sentences = 3;    // what "first sentences" means
    double recalled_bonus = 2.0;       // ... when it was published `recalled_after` days or more later
    int recalled_after = 14;
    double per_publication_day = 0.25;  // each distinct publication day the day is mentioned on
    double per_recalling_day = 2.0;     // ... and again each such day `recalled_after` days or more later
    double per_published_document = 0.25;  // each document published on the day or the day after
    // A day more than this many days after the last publication is no pick (a clock in page
    // clutter, a schedule years ahead).
    int after_last_publication = 60;
};

// The evidence and score of one day.
struct day_salience {
    date::local_days day;
    double score = 0.0;
    std::size_t documents = 0;         // distinct documents dating a report to the day
    std::size_t publication_days = 0;  // distinct publication days of those documents
    std::size_t recalling_days = 0;    // ... of them `recalled_after` days or more after the day
    std::size_t reports = 0;           // reports dated to the day or within it
};

// The day an event group counts for: its first day when it is a day or finer, else nothing
// (weeks, months, years are no days).
std::optional<date::local_days> day_of(const event_group& g);

// One entry per day that some dated group counts for, ascending by day. Groups marked as
// background count for nothing.
std::vector<day_salience> score_days(const chronology& c, const salience_model& m = {});

// Sets each group's salience: the score of the day it counts for; coarser groups keep none.
void assign_salience(chronology& c, const salience_model& m = {});

}  // namespace dateline
