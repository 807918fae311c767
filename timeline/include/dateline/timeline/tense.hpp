// The tense of the clause around a temporal expression, from cue words: "is expected to meet
// Putin on Friday" is future, "reprimanded the leader on Wednesday" past. The clause is bounded
// by the sentence and by ; : and quotation marks; words attached to the expression decide first
// ("Wednesday's ruling", "ahead of Friday's vote"), then the nearest cue before the expression,
// else the nearest after it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline {

enum class cue_role : std::uint8_t {
    auxiliary,  // starts a verb group that takes in be/been/not/participles after it: "would be held"
    perfect,    // "has", "have": present alone, past with a participle after it ("has hit")
    verb,       // a finite verb or a marker on its own: "said", "ago", "upcoming"
    // A past verb group that looks ahead: future for an expression after it ("planned to leave
    // on Thursday"), past for one before it ("On Friday, the government planned to pay").
    prospective,
    // The present of a timetable, future: "Arafat meets Albright on Monday", "talks resume
    // Monday". Part of the verb group after an auxiliary ("did not meet"), and no cue after "to"
    // (an infinitive takes the tense of the verb it depends on).
    timetable,
};

// Words standing right before or right after an expression that decide its tense whatever the
// verbs of the clause say: "they would appeal Wednesday's ruling" is past.
enum class cue_side : std::uint8_t { before, after };

struct attached_cue {
    std::string_view words;  // lowercase, one space between words
    cue_side side;
    tense marks;
    // A weak cue decides only when the verbs of the clause say present or nothing: "is part of
    // a program to pay down the loan by February" is future, "had filed reports by Wednesday" past.
    bool weak;
    std::string_view example;
    std::string_view expression;
};

std::span<const attached_cue> attached_cues();

// Verbs that move something to a later date: an expression right after "until" or "till" in
// their clause is future ("postponed the vote until Monday") whatever the tense of the verb.
struct deferral_verb {
    std::string_view word;  // lowercase
    std::string_view example;
    std::string_view expression;
};

std::span<const deferral_verb> deferral_verbs();

// Words that open a subordinate clause: between a verb and an expression they tell that the
// expression belongs to a clause of its own, whose verb may follow it ("hoped she would bring aid
// to countries where the Aug. 7 blasts killed 257 people").
struct clause_opener {
    std::string_view word;  // lowercase
    std::string_view example;
    std::string_view expression;
    tense expected;  // the tense of the expression in the example
};

std::span<const clause_opener> clause_openers();

struct tense_cue {
    std::string_view words;  // lowercase, one space between words; "*ed" = regular past forms
    tense marks;
    cue_role role;
    std::string_view example;     // a sentence using the cue ...
    std::string_view expression;  // ... and the expression in it whose tense the cue decides
};

std::span<const tense_cue> tense_cues();

// The entries of tense_cues() whose words begin with `first` ('*' gives the "-ed" entry): the
// matcher looks only at these.
std::span<const tense_cue> tense_cues_starting_with(char first);

// Whether `word` (lowercase) is the first word of an entry of tense_cues(): the matcher looks
// at the entries only for such words.
bool is_first_word_of_tense_cue(std::string_view word);

// Tense of the clause of the expression at sentence[begin, end).
tense clause_tense(std::string_view sentence, std::size_t begin, std::size_t end);

}  // namespace dateline
