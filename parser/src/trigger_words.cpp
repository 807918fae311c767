#include "trigger_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dateline {
namespace {

// Every word that can start an expression of the grammar (grammar_def.hpp, symbols.hpp),
// sorted. A word missing here makes its expressions invisible: grammar tests catch that.
constexpr std::array trigger_words = std::to_array<std::string_view>({
    "a", "about", "almost", "an", "annually", "approximately", "apr", "april", "around", "at",
    "aug", "august", "autumn", "biannually", "christmas", "coming", "current", "currently", "daily", "dec",
    "december", "each", "earlier", "early", "eight", "eighteen", "eighteenth", "eighth", "eighty",
    "election", "eleven", "eleventh", "every", "fall", "feb", "february", "few", "fewer", "fifteen",
    "fifteenth", "fifth", "fifty", "first", "fiscal", "five", "forty", "four", "fourteen",
    "fourteenth", "fourth", "fri", "friday", "fridays", "half", "halloween", "hourly",
    "independence", "jan", "january", "jul", "july", "jun", "june", "just", "labor", "last", "late",
    "lately", "later", "less", "many", "mar", "march", "martin", "may", "memorial", "mid", "midday",
    "midnight", "mon", "monday", "mondays", "monthly", "more", "nearly", "new", "next", "nightly",
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
    "upcoming", "upwards", "valentine", "veterans", "wed", "wednesday", "wednesdays", "weds", "weekly",
    "winter", "xmas", "year", "yearly", "yesterday",
});

static_assert(std::is_sorted(trigger_words.begin(), trigger_words.end()));

// For each first letter, the range of trigger_words that start with it: most words of a text
// are rejected by a length-and-letter look at a handful of entries.
// `lengths[letter]` has bit n set when some trigger word of that first letter has n letters: most
// words of a text are turned away by that bit alone.
struct letter_ranges {
    std::array<std::size_t, 27> start{};
    std::array<std::uint32_t, 26> lengths{};
    constexpr letter_ranges() {
        std::size_t i = 0;
        for (std::size_t letter = 0; letter < 26; ++letter) {
            start[letter] = i;
            while (i < trigger_words.size() && static_cast<std::size_t>(trigger_words[i][0] - 'a') == letter) {
                lengths[letter] |= std::uint32_t{1} << trigger_words[i].size();
                ++i;
            }
        }
        start[26] = i;
    }
};
constexpr letter_ranges ranges;

}  // namespace

bool is_trigger_word(std::string_view word) {
    if (word.empty() || word.size() > 16) return false;
    const auto lowercase = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
    const char first = lowercase(word[0]);
    if (first < 'a' || first > 'z') return false;
    const auto letter = static_cast<std::size_t>(first - 'a');
    if ((ranges.lengths[letter] & (std::uint32_t{1} << word.size())) == 0) return false;
    std::array<char, 16> lower{};
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = lowercase(word[i]);
    const std::string_view key(lower.data(), word.size());
    for (std::size_t i = ranges.start[letter]; i < ranges.start[letter + 1]; ++i)
        if (trigger_words[i] == key) return true;
    return false;
}

}  // namespace dateline
