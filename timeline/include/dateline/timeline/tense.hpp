// The tense of the clause around a temporal expression, from cue words: "is expected to meet
// Putin on Friday" is future, "reprimanded the leader on Wednesday" past. The clause is bounded
// by the sentence and by ; : and quotation marks; the nearest cue before the expression wins,
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
};

struct tense_cue {
    std::string_view words;  // lowercase, one space between words; "*ed" = regular past forms
    tense marks;
    cue_role role;
    std::string_view example;     // a sentence using the cue ...
    std::string_view expression;  // ... and the expression in it whose tense the cue decides
};

std::span<const tense_cue> tense_cues();

// Tense of the clause of the expression at sentence[begin, end).
tense clause_tense(std::string_view sentence, std::size_t begin, std::size_t end);

}  // namespace dateline
