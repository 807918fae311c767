// What the tense matcher asks about a word of a clause, answered by one lookup when the word is
// read: is it the first word of a tense cue, a past form of the cue table, a word a verb group
// takes in, a determiner, a clause opener, a deferral verb. Asking each list in turn for every
// word of every clause cost more than reading the words.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dateline::clause_detail {

enum word_kind : std::uint8_t {
    cue_start = 1U << 0,     // first word of an entry of tense_cues() ("is" of "is expected to")
    past_form = 1U << 1,     // a past verb of tense_cues() on its own ("held"), "ago" left out
    group_filler = 1U << 2,  // taken into a verb group after its auxiliary: "would not be held"
    determiner = 1U << 3,    // "the", "its", "every": an "-ed" form after one is an adjective
    opener = 1U << 4,        // an entry of clause_openers()
    deferral = 1U << 5,      // an entry of deferral_verbs()
    // Not from the table: set by the tokenizer on words of five bytes or more ending in "ed", the
    // only ones that may be regular past forms.
    ed_ending = 1U << 6,
};

// The first eight bytes of a word as one number, byte k in bits 8k..8k+7, zeros after a shorter
// word: what a little-endian load of them gives.
constexpr std::uint64_t word_prefix(std::string_view w) {
    std::uint64_t p = 0;
    for (std::size_t k = 0; k < w.size() && k < 8; ++k) p |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
    return p;
}

// The words of the tables and their kinds, by open addressing on a hash of the prefix and length.
class word_kind_table {
public:
    word_kind_table();  // from tense_cues(), clause_openers(), deferral_verbs() and two lists

    // The word_kind bits of a lowercase word whose word_prefix is `prefix`, 0 for most words.
    std::uint8_t kinds(std::string_view w, std::uint64_t prefix) const {
        for (std::size_t i = slot_of(prefix, w.size());; i = (i + 1) & (slot_count - 1)) {
            const slot& s = slots_[i];
            if (s.word.empty()) return 0;
            if (s.prefix == prefix && s.word.size() == w.size() && (w.size() <= 8 || s.word.substr(8) == w.substr(8)))
                return s.kinds;
        }
    }

    std::size_t size() const { return words_; }  // words held
    // Kept at least four times the words held (tests check): a word not in the table meets an
    // empty slot within a probe or two.
    static constexpr std::size_t slot_count = 1024;

private:
    static std::size_t slot_of(std::uint64_t prefix, std::size_t size) {
        return static_cast<std::size_t>(((prefix ^ size) * 0x9E3779B97F4A7C15ULL) >> 54);  // 2^10 slots
    }
    void add(std::string_view w, std::uint8_t k);

    struct slot {
        std::uint64_t prefix = 0;
        std::string_view word;  // empty: a free slot
        std::uint8_t kinds = 0;
    };
    std::array<slot, slot_count> slots_{};
    std::size_t words_ = 0;
};

// The table, built once on first use and never changed afterwards.
const word_kind_table& word_kinds_table();

inline std::uint8_t word_kinds(std::string_view lowercase_word) {
    return word_kinds_table().kinds(lowercase_word, word_prefix(lowercase_word));
}

}  // namespace dateline::clause_detail
