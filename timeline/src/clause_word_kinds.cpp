#include "clause_word_kinds.hpp"

#include "dateline/timeline/tense.hpp"

namespace dateline::clause_detail {
namespace {

constexpr std::array<std::string_view, 15> group_fillers{
    "be", "been", "being", "have", "not", "n't", "also", "still", "already", "just", "never",
    "reportedly", "likely", "probably", "again",
};

constexpr std::array<std::string_view, 17> determiners{
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    "no", "every", "each", "any",
};

}  // namespace

word_kind_table::word_kind_table() {
    for (const tense_cue& cue : tense_cues()) {
        const std::string_view first = cue.words.substr(0, cue.words.find(' '));
        add(first, cue_start);
        if (cue.role == cue_role::verb && cue.marks == tense::past && first == cue.words && cue.words != "ago")
            add(cue.words, past_form);
    }
    for (const std::string_view w : group_fillers) add(w, group_filler);
    for (const std::string_view w : determiners) add(w, determiner);
    for (const clause_opener& o : clause_openers()) add(o.word, opener);
    for (const deferral_verb& v : deferral_verbs()) add(v.word, deferral);
}

void word_kind_table::add(std::string_view w, std::uint8_t k) {
    if (w.empty()) return;
    const std::uint64_t prefix = word_prefix(w);
    std::size_t i = slot_of(prefix, w.size());
    while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & (slot_count - 1);
    if (slots_[i].word.empty()) {
        ++words_;
        slots_[i].word = w;
        slots_[i].prefix = prefix;
    }
    slots_[i].kinds = static_cast<std::uint8_t>(slots_[i].kinds | k);
}

const word_kind_table& word_kinds_table() {
    static const word_kind_table table;
    return table;
}

}  // namespace dateline::clause_detail
