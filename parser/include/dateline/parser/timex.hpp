// A resolved temporal expression (TIMEX3) and the anchor it was resolved against.
// All calendar values are in the publisher's local civil time (date::local_*): TIMEX3 values are
// local, and "today" means the publisher's day, whatever zone it is in.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace dateline {

enum class timex_type : std::uint8_t { date, time, duration, set };

// Ordered from finest to coarsest so that `a < b` means "a is more specific than b".
enum class granularity : std::uint8_t {
    second, minute, hour, part_of_day, day, weekend, week, month, quarter, season, half_year,
    year, decade, century, millennium, none,
};

// A half-open span of local time [begin, end).
struct local_interval {
    date::local_seconds begin;
    date::local_seconds end;

    friend bool operator==(const local_interval&, const local_interval&) = default;
};

// The publication time of a document: a local day, maybe a time of day, maybe a zone.
struct publication_time {
    date::local_days day;
    std::optional<std::chrono::minutes> time_of_day;  // minutes after local midnight
    std::string zone;  // "+03:00", "Z", "Europe/Kyiv", or empty when not stated

    friend bool operator==(const publication_time&, const publication_time&) = default;
};

// The date that relative expressions are resolved against, and what it was.
enum class anchor_kind : std::uint8_t {
    none,       // absolute expression, needs no anchor
    dct,        // the document creation time (publication date)
    narrative,  // the last date mentioned before the expression ("a day after")
    story,      // in a text telling a story far from its publication date: the story's own time,
                // the last date mentioned ("On 6 June 1944 ... on 10 June")
    missing,    // needed an anchor but the document is undated: left unresolved
};

// The last date mentioned in the narrative, as the resolver needs it.
struct reference_time {
    local_interval when;
    granularity grain = granularity::day;
    std::string value;  // its TIMEX3 value, for --explain
};

// Tense of the clause around an expression; decides "Wednesday" before or after the DCT.
enum class tense : std::uint8_t { unknown, past, present, future };

struct resolve_context {
    std::optional<publication_time> dct;
    std::optional<reference_time> narrative;
    tense clause_tense = tense::unknown;
    // The last quarter mentioned in the document ("the third quarter"): in business news "a year
    // earlier" and "a year ago" then mean that quarter a year before ("1988-Q3").
    std::optional<reference_time> reported_quarter;
    // The last date mentioned at any granularity ("in June 1998", "in 1988"): "later that year" and
    // "the following month" count from it.
    std::optional<reference_time> mentioned;
    // Set in a narrative (a history, a biography): the last date of year or finer granularity
    // mentioned. Expressions that would count from the DCT ("on 12 June", "that spring", "in
    // April") count from it instead.
    std::optional<reference_time> story;
    // The happening a report looks back on: its first date of a season or finer that ended more
    // than a fortnight before the DCT ("killed last fall", "the Oct. 23 slaying"). "In the weeks
    // before the shooting" lies in its month (resolve_vague).
    std::optional<reference_time> event;
    // A short post (a tweet): without a tense cue, a yearless date, holiday or season is the one
    // in the DCT's year ("Christmas" in October is the coming one, "17th June" in May too): posts
    // announce as often as they report.
    bool post = false;
};

// What the resolver says about one expression.
struct resolution {
    timex_type type = timex_type::date;
    std::string value;                      // TIMEX3 value; empty when unresolved
    std::string mod;                        // TimeML mod ("APPROX", "START", ...) or empty
    std::optional<local_interval> when;     // the calendar interval, for DATE/TIME values
    granularity grain = granularity::none;
    std::string_view rule;                  // name of the rule that produced it (static storage)
    anchor_kind anchor = anchor_kind::none;
    std::string anchor_value;               // the anchor's TIMEX3 value ("2025-04-24"), if any

    bool resolved() const { return !value.empty(); }
};

std::string_view to_string(timex_type t);   // "DATE", "TIME", "DURATION", "SET"
std::string_view to_string(granularity g);  // "day", "part_of_day", "week", ...
std::string_view to_string(anchor_kind a);  // "none", "dct", "narrative", "missing"
std::string_view to_string(tense t);        // "unknown", "past", "present", "future"

// The TIMEX3 value of a publication time: "2025-04-24" or "2025-04-24T21:10".
std::string timex_value(const publication_time& p);

}  // namespace dateline
