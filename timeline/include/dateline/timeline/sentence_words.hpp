// Word lists for sentence splitting, kept together as data: abbreviations, the words that start
// a sentence after an abbreviation that may end one, bullet markers and page clutter.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace dateline {

enum class abbreviation_kind : std::uint8_t {
    never_ends,     // "Mr.", "Gen.", "e.g.": the sentence always goes on
    may_end,        // "U.S.", "p.m.", "Inc.": ends only before a word that starts sentences ("The")
    before_number,  // "No.": goes on before a digit ("No. 10"), else ends
};

struct abbreviation {
    std::string_view text;  // with its final period, compared without regard to ASCII case
    abbreviation_kind kind;
    std::string_view example;  // a line that must stay one sentence, or split after it
};

std::span<const abbreviation> abbreviations();

// Capitalised words that start a new sentence after a "may end" abbreviation or an initial:
// "... talks with the U.S. The deal ..." splits, "U.S. Secretary of State" does not.
std::span<const std::string_view> sentence_starters();

// "- ", "• ", "* ", ...: a line that starts with one of these and a space is a bullet item.
std::span<const std::string_view> bullet_markers();

enum class clutter_match : std::uint8_t { whole_line, prefix, suffix };

struct clutter_phrase {
    std::string_view text;  // lowercase, ASCII case ignored; whole-line and suffix matches ignore a final ":" "!" "."
    clutter_match match;
    bool ends_article;      // nothing after this line belongs to the article (comments, teasers)
    std::string_view example;
};

std::span<const clutter_phrase> clutter_phrases();

// The clutter phrase that a line matches, or nullptr.
const clutter_phrase* find_clutter(std::string_view line);

}  // namespace dateline
