#include "stop_words.hpp"

#include <algorithm>
#include <array>

#include "dateline/parser/word_set.hpp"

namespace dateline::detail {
namespace {

// Kept sorted, for the reader.
constexpr auto stop_words = std::to_array<std::string_view>({
    "a", "about", "according", "after", "again", "all", "already", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "been", "before", "being", "both", "but", "by", "can", "could", "did",
    "do", "does", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has",
    "have", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "many", "may", "me", "might", "more", "most", "much", "must", "my", "no", "not", "of", "off",
    "on", "only", "or", "other", "our", "out", "over", "own", "s", "said", "same", "say", "says",
    "shall", "she", "should", "since", "so", "some", "still", "such", "t", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "told", "too", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "whose", "why", "will", "with", "would", "yet", "you", "your",
});

static_assert(std::is_sorted(stop_words.begin(), stop_words.end()));

// Looked up for every word of every report compared: one hash instead of a binary search.
constexpr word_set<256> stop_word_set{stop_words};

}  // namespace

bool is_stop_word(std::string_view lowercase_word) {
    return stop_word_set.contains(lowercase_word);
}

}  // namespace dateline::detail
