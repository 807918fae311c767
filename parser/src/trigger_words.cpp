#include "trigger_words.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dateline/parser/word_set.hpp"

namespace dateline {
namespace {

// Every word that can start an expression of the grammar (grammar_def.hpp, symbols.hpp),
// sorted. A word missing here makes its expressions invisible: grammar tests catch that.
constexpr std::array trigger_words = std::to_array<std::string_view>({
    "a", "about", "almost", "an", "annually", "approximately", "apr", "april", "around", "at",
    "aug", "august", "autumn", "biannually", "centuries", "christmas", "coming", "current", "currently", "daily", "days", "dec",
    "decades", "december", "each", "earlier", "early", "eight", "eighteen", "eighteenth", "eighth", "eighty",
    "election", "eleven", "eleventh", "every", "fall", "feb", "february", "few", "fewer", "fifteen",
    "fifteenth", "fifth", "fifty", "first", "fiscal", "five", "forty", "four", "fourteen",
    "fourteenth", "fourth", "fri", "friday", "fridays", "half", "halloween", "hourly", "hours",
    "independence", "jan", "january", "jul", "july", "jun", "june", "just", "labor", "last", "late",
    "lately", "later", "less", "many", "mar", "march", "martin", "may", "memorial", "mid", "midday",
    "midnight", "mon", "monday", "mondays", "monthly", "months", "more", "nearly", "new", "next", "nightly",
    "nine", "nineteen", "nineteenth", "ninety", "ninth", "no", "noon", "nov", "november", "now",
    "nowadays", "numerous", "nxt", "oct", "october", "once", "one", "overnight", "past", "per",
    "previously", "q", "quarterly", "recent", "recently", "roughly", "sat", "saturday", "saturdays",
    "second", "sep", "sept", "september", "seven", "seventeen", "seventeenth", "seventh", "seventy",
    "several", "shortly", "six", "sixteen", "sixteenth", "sixth", "sixty", "so", "some", "soon",
    "spring", "summer", "sun", "sunday", "sundays", "tdy", "ten", "tenth", "thanksgiving", "that", "the",
    "these", "third", "thirteen", "thirteenth", "thirty", "this", "three", "thu", "thur", "thurs",
    "thursday", "thursdays", "tmr", "tmrow", "tmrrw", "tmrw", "to", "today",
    "tomoro", "tomorow", "tomorrow", "tonight", "tonite", "tue", "tues", "tuesday",
    "tuesdays", "twelfth", "twelve", "twentieth", "twenty", "twice", "two", "under", "up",
    "upcoming", "upwards", "valentine", "veterans", "wed", "wednesday", "wednesdays", "weds", "weekly", "weeks",
    "winter", "xmas", "year", "yearly", "years", "yesterday",
});

static_assert(std::is_sorted(trigger_words.begin(), trigger_words.end()));

constexpr word_set<512> trigger_set{trigger_words};

}  // namespace

namespace detail {

const std::array<std::uint32_t, 27 * 27> trigger_shapes = [] {
    std::array<std::uint32_t, 27 * 27> shapes{};
    for (const std::string_view w : trigger_words) shapes[shape_slot(w)] |= length_bit(w.size());
    return shapes;
}();

bool in_trigger_set(std::string_view word) { return trigger_set.contains(word); }

}  // namespace detail

}  // namespace dateline
