#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>

#include "dateline/timeline/tense.hpp"

namespace dateline {
namespace {

// Tense of the first occurrence of `expression` in `sentence`.
tense tense_of(std::string_view sentence, std::string_view expression) {
    const std::size_t at = sentence.find(expression);
    EXPECT_NE(at, std::string_view::npos) << expression << " not in: " << sentence;
    if (at == std::string_view::npos) return tense::unknown;
    return clause_tense(sentence, at, at + expression.size());
}

TEST(tense_cues, every_entry_gives_its_tense_in_its_example) {
    for (const auto& cue : tense_cues()) {
        EXPECT_EQ(to_string(tense_of(cue.example, cue.expression)), to_string(cue.marks))
            << "cue \"" << cue.words << "\" in: " << cue.example;
    }
}

TEST(tense_cues, every_entry_marks_a_tense_and_has_an_example) {
    for (const auto& cue : tense_cues()) {
        EXPECT_NE(cue.marks, tense::unknown) << cue.words;
        EXPECT_FALSE(cue.example.empty()) << cue.words;
    }
}

TEST(tense_cues, every_entry_is_found_under_its_first_letter_and_only_there) {
    std::size_t indexed = 0;
    for (int c = 0; c < 256; ++c) {
        for (const auto& cue : tense_cues_starting_with(static_cast<char>(c))) {
            EXPECT_EQ(cue.words.front(), static_cast<char>(c)) << cue.words;
            ++indexed;
        }
    }
    EXPECT_EQ(indexed, tense_cues().size());
    for (const auto& cue : tense_cues()) {
        const auto same_letter = tense_cues_starting_with(cue.words.front());
        EXPECT_TRUE(std::any_of(same_letter.begin(), same_letter.end(),
                                [&](const tense_cue& other) { return other.words == cue.words; }))
            << cue.words;
    }
}

TEST(attached_cues, every_entry_gives_its_tense_in_its_example) {
    for (const auto& cue : attached_cues()) {
        EXPECT_EQ(to_string(tense_of(cue.example, cue.expression)), to_string(cue.marks))
            << "cue \"" << cue.words << "\" in: " << cue.example;
    }
}

TEST(deferral_verbs, every_entry_makes_its_until_expression_future) {
    for (const auto& verb : deferral_verbs()) {
        EXPECT_EQ(to_string(tense_of(verb.example, verb.expression)), to_string(tense::future))
            << "verb \"" << verb.word << "\" in: " << verb.example;
    }
}

TEST(clause_openers, every_entry_gives_its_expected_tense_in_its_example) {
    for (const auto& opener : clause_openers()) {
        EXPECT_EQ(to_string(tense_of(opener.example, opener.expression)), to_string(opener.expected))
            << "opener \"" << opener.word << "\" in: " << opener.example;
    }
}

struct tense_case {
    std::string_view sentence;
    std::string_view expression;
    tense expected;
};

class clause_tense_table : public ::testing::TestWithParam<tense_case> {};

TEST_P(clause_tense_table, decides_from_the_nearest_cue_in_the_clause) {
    EXPECT_EQ(to_string(tense_of(GetParam().sentence, GetParam().expression)), to_string(GetParam().expected))
        << GetParam().sentence;
}

INSTANTIATE_TEST_SUITE_P(
    clauses, clause_tense_table,
    ::testing::Values(
        // from the seeds
        tense_case{"Trump's envoy is expected to meet Putin on Friday for more talks, a US official disclosed.", "Friday",
                   tense::future},
        tense_case{"In light of Zelenskyy's statement that Ukraine would not recognize Russia's occupation of Crimea, "
                   "Trump reprimanded the Ukrainian leader on Wednesday.",
                   "Wednesday", tense::past},
        tense_case{"Rubio decided at the last minute to skip talks between U.S., Ukrainian, and European officials in "
                   "London on Wednesday due to American outrage.",
                   "Wednesday", tense::past},
        tense_case{"U.S. Secretary of State Marco Rubio stated that further discussions would be held over the weekend.",
                   "the weekend", tense::future},
        tense_case{"On Friday, Trump threatened to withdraw the US from the Ukraine negotiations.", "Friday", tense::past},
        tense_case{"Ukrainian President Zelenskyy's refusal to cede the Crimean peninsula is \"very damaging to peace "
                   "negotiations\" with Moscow, Trump wrote on Truth Social on Wednesday.",
                   "Wednesday", tense::past},
        tense_case{"\"And we'll see what happens in the next few days because there are very important meetings,\" the "
                   "Republican said.",
                   "the next few days", tense::future},
        tense_case{"\xE2\x80\x9CRussia chooses ballistics,\xE2\x80\x9D Zelenskiy said in a post on the X platform on Thursday.",
                   "Thursday", tense::past},
        tense_case{"Trump warned Tuesday of \xE2\x80\x9C" "an economic war\xE2\x80\x9D if he can\xE2\x80\x99t secure an end.",
                   "Tuesday", tense::past},
        tense_case{"At least eight people were killed and more than 70 injured on Thursday night.", "Thursday night",
                   tense::past},
        // verb groups
        tense_case{"It will not be finalized this week.", "this week", tense::future},
        tense_case{"The deal won't be signed on Friday.", "Friday", tense::future},
        tense_case{"Kyiv has been hit again on Thursday.", "Thursday", tense::past},
        tense_case{"Russia has already struck twice on Monday.", "Monday", tense::past},
        tense_case{"Talks are set to be held on Tuesday.", "Tuesday", tense::future},
        tense_case{"Russia didn't attack on Monday.", "Monday", tense::past},
        // future in the past: a plan reported in the past tense is still ahead of the report
        tense_case{"The envoy was expected to meet Putin on Friday.", "Friday", tense::future},
        tense_case{"On Friday, the Kenyan government planned to pay the first death claims.", "Friday", tense::past},
        tense_case{"On Saturday, protesters planned a march on the airport.", "Saturday", tense::past},
        tense_case{"A memorial service planned at the university for Saturday was canceled.", "Saturday",
                   tense::past},
        tense_case{"The U.S. attorney has scheduled a news conference Thursday to announce a major development.",
                   "Thursday", tense::future},
        tense_case{"The vote was scheduled for Thursday.", "Thursday", tense::future},
        tense_case{"On Monday, the vote was scheduled for Thursday.", "Monday", tense::past},
        tense_case{"The vote is scheduled for Thursday.", "Thursday", tense::future},
        tense_case{"The offer previously had been scheduled to expire at midnight Friday.", "midnight Friday",
                   tense::past},
        tense_case{"The deal had been expected to close on Friday.", "Friday", tense::past},
        // the present of a timetable is future; an infinitive takes the tense of its verb
        tense_case{"He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State "
                   "Madeleine Albright.",
                   "Monday", tense::future},
        tense_case{"Zelenskyy flew to Riyadh to meet the envoy on Tuesday.", "Tuesday", tense::past},
        tense_case{"Putin did not meet the envoy on Tuesday.", "Tuesday", tense::past},
        tense_case{"Trump's envoy is expected to meet Putin on Friday.", "Friday", tense::future},
        // a clause opener between the verb before and the expression: the verb of its own clause decides
        tense_case{"Officials in Kenya also hoped she would produce new aid for their countries, where the Aug. 7 "
                   "terrorist blasts killed 257 people.",
                   "Aug. 7", tense::past},
        tense_case{"Officials said that the talks that will resume on Monday matter.", "Monday", tense::future},
        tense_case{"Trump met the leaders who will sign the accord on Monday.", "Monday", tense::future},
        tense_case{"Trump will meet the leaders, who on Monday.", "Monday", tense::future},
        // nearest before wins, else nearest after
        tense_case{"Officials said the talks will resume on Monday.", "Monday", tense::future},
        tense_case{"On Monday the talks will resume, officials said.", "Monday", tense::future},
        tense_case{"On Monday, officials met in Riyadh.", "Monday", tense::past},
        // clause boundaries: ; : and quotes
        tense_case{"Talks will resume; on Monday the envoy met Putin.", "Monday", tense::past},
        tense_case{"The envoy met Putin; on Monday talks will resume.", "Monday", tense::future},
        tense_case{"He said: on Friday we talk.", "Friday", tense::unknown},
        tense_case{"Trump said he will travel at 10:35 on Friday.", "Friday", tense::future},
        tense_case{"Trump wrote \"we talk on Friday\" in a post.", "Friday", tense::unknown},
        tense_case{"``Not on Friday,'' the envoy said, ``the talks can wait.''", "Friday", tense::unknown},
        tense_case{"``The talks collapsed,'' the envoy said on Friday.", "Friday", tense::past},
        // words attached to the expression
        tense_case{"Ukraine will respond to Thursday's attack, Zelenskyy said.", "Thursday", tense::past},
        tense_case{"Kyiv will appeal Wednesday\xE2\x80\x99s ruling.", "Wednesday", tense::past},
        tense_case{"Delegates flew in ahead of Sunday's vote.", "Sunday", tense::future},
        tense_case{"The group might come to the U.S. as soon as Tuesday, according to media reports.", "Tuesday",
                   tense::future},
        tense_case{"Up until Thursday, they had described him only as a witness.", "Thursday", tense::past},
        tense_case{"Officials postponed until Tuesday morning any action on the case.", "Tuesday morning",
                   tense::future},
        tense_case{"The meeting was postponed on Tuesday.", "Tuesday", tense::past},
        tense_case{"Thirty-two members had filed compliance reports by Wednesday.", "Wednesday", tense::past},
        tense_case{"By Friday, the death toll had risen to 50.", "Friday", tense::past},
        tense_case{"Pentagon officials say the goal is to put 40,000 troops in the region by the end of the month.",
                   "the end of the month", tense::future},
        tense_case{"Trust also created a four-member office of the chairman, effective Feb. 1.", "Feb. 1",
                   tense::future},
        tense_case{"It is Wednesday's ruling that the relatives will appeal.", "Wednesday", tense::past},
        tense_case{"The best day for the markets was Friday.", "Friday", tense::past},
        tense_case{"The vote, set for Thursday, was cancelled.", "Thursday", tense::past},
        // reporting verbs: the date goes with the report, "would" after one is future in the past
        tense_case{"Russia will respond to any attack, Peskov told reporters on Wednesday.", "Wednesday", tense::past},
        tense_case{"In a statement Wednesday, the ministry said Russia will respond.", "Wednesday", tense::past},
        tense_case{"Castro said the group would be ready to leave on Tuesday.", "Tuesday", tense::future},
        // no cue, and words that only look like past forms
        tense_case{"Sirens across Kyiv on Thursday.", "Thursday", tense::unknown},
        tense_case{"A hundred drones over Kyiv on Thursday.", "Thursday", tense::unknown},
        tense_case{"Russian-occupied towns on Thursday.", "Thursday", tense::unknown},
        tense_case{"Talks with Mohammed on Thursday.", "Thursday", tense::unknown},
        // "-ed" adjectives after a determiner are no verbs
        tense_case{"The stock split would be paid on a still unspecified date in January.", "January", tense::future},
        tense_case{"Officials will brief reporters on the newly signed deal on Friday.", "Friday", tense::future},
        tense_case{"Albright set aside her plans for the hastily arranged trip on Friday.", "Friday", tense::unknown}));

TEST(clause_tense, ignores_cues_inside_the_expression_itself) {
    const std::string_view s = "Two days ago";
    EXPECT_EQ(clause_tense(s, 0, s.size()), tense::unknown);
}

TEST(clause_tense, out_of_range_offsets_give_unknown) {
    EXPECT_EQ(clause_tense("Kyiv was hit.", 5, 99), tense::unknown);
    EXPECT_EQ(clause_tense("Kyiv was hit.", 6, 5), tense::unknown);
}

}  // namespace
}  // namespace dateline
