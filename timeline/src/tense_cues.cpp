// The tense cue table: every entry with a sentence that shows it (tests check each one).
#include <algorithm>
#include <array>
#include <cstddef>

#include "dateline/parser/word_set.hpp"
#include "dateline/timeline/tense.hpp"

namespace dateline {
namespace {

using enum cue_role;
constexpr tense future = tense::future;
constexpr tense past = tense::past;
constexpr tense present = tense::present;

constexpr std::array cue_table{
    // Future: modals, plans and schedules.
    tense_cue{"will", future, auxiliary, "The envoy will meet Putin on Friday.", "Friday"},
    tense_cue{"'ll", future, auxiliary, "We'll see what happens on Friday.", "Friday"},
    tense_cue{"shall", future, auxiliary, "The parties shall meet again on Monday.", "Monday"},
    tense_cue{"would", future, auxiliary, "Rubio stated that further discussions would be held over the weekend.", "the weekend"},
    tense_cue{"is expected to", future, auxiliary, "Trump's envoy is expected to meet Putin on Friday.", "Friday"},
    tense_cue{"are expected to", future, auxiliary, "Talks are expected to resume on Monday.", "Monday"},
    tense_cue{"expected to", future, auxiliary, "The envoy, expected to arrive on Friday, declined to comment.", "Friday"},
    tense_cue{"plans to", future, auxiliary, "Zelenskyy plans to visit Washington on Monday.", "Monday"},
    tense_cue{"plan to", future, auxiliary, "Both leaders plan to talk on Tuesday.", "Tuesday"},
    tense_cue{"is due to", future, auxiliary, "The report is due to be published on Monday.", "Monday"},
    tense_cue{"are due to", future, auxiliary, "Delegations are due to arrive on Sunday.", "Sunday"},
    tense_cue{"is set to", future, auxiliary, "Trump is set to sign the order on Thursday.", "Thursday"},
    tense_cue{"are set to", future, auxiliary, "Talks are set to resume on Tuesday.", "Tuesday"},
    tense_cue{"is scheduled to", future, auxiliary, "The vote is scheduled to take place on Thursday.", "Thursday"},
    tense_cue{"are scheduled to", future, auxiliary, "Talks are scheduled to start on Monday.", "Monday"},
    tense_cue{"scheduled", future, verb, "Washington pressed on, with further discussions scheduled over the weekend.", "the weekend"},
    tense_cue{"is going to", future, auxiliary, "Russia is going to attack again on Friday.", "Friday"},
    tense_cue{"are going to", future, auxiliary, "We are going to reach a deal next week.", "next week"},
    tense_cue{"'s going to", future, auxiliary, "It's going to be bad for Russia on Monday.", "Monday"},
    tense_cue{"'re going to", future, auxiliary, "We're going to meet on Friday.", "Friday"},
    tense_cue{"intends to", future, auxiliary, "Ukraine intends to sign the deal on Friday.", "Friday"},
    tense_cue{"intend to", future, auxiliary, "They intend to vote on Sunday.", "Sunday"},
    tense_cue{"upcoming", future, verb, "Officials prepared for the upcoming vote on Sunday.", "Sunday"},
    tense_cue{"set to", future, auxiliary, "Extremists tried to undermine the peace process, set to resume Monday.", "Monday"},
    tense_cue{"planning to", future, auxiliary, "Protesters were planning to drive around the airport on Monday.", "Monday"},
    tense_cue{"planning for", future, auxiliary, "They can take part in planning for the NATO summit in April.", "April"},
    tense_cue{"is to", future, auxiliary, "The stock is to resume trading in Paris Tuesday.", "Tuesday"},
    tense_cue{"are to", future, auxiliary, "The talks are to resume on Monday.", "Monday"},
    // The present of a timetable.
    tense_cue{"meet", future, timetable, "Netanyahu and Arafat meet separately Monday with Albright.", "Monday"},
    tense_cue{"meets", future, timetable, "Trump meets Zelenskyy on Friday at the White House.", "Friday"},
    tense_cue{"resume", future, timetable, "Officials say the talks resume Monday.", "Monday"},
    tense_cue{"resumes", future, timetable, "Parliament resumes its session on Tuesday.", "Tuesday"},
    tense_cue{"begin", future, timetable, "Hearings begin Wednesday in Kyiv.", "Wednesday"},
    tense_cue{"begins", future, timetable, "The summit begins on Thursday in Riyadh.", "Thursday"},
    tense_cue{"convene", future, timetable, "Foreign ministers convene Saturday in London.", "Saturday"},
    tense_cue{"convenes", future, timetable, "The Security Council convenes on Friday.", "Friday"},
    tense_cue{"arrive", future, timetable, "Inspectors arrive in Tehran on Sunday.", "Sunday"},
    tense_cue{"arrives", future, timetable, "The envoy arrives in Moscow on Thursday.", "Thursday"},
    tense_cue{"reopens", future, timetable, "The border crossing reopens Monday.", "Monday"},

    // Future in the past: plans and schedules reported in the past tense.
    tense_cue{"planned to", future, prospective, "The team planned to leave Nairobi on Thursday.", "Thursday"},
    tense_cue{"planned a", future, prospective, "Protesters planned a large demonstration in Little Havana on Saturday.",
              "Saturday"},
    tense_cue{"planned an", future, prospective, "Veterans planned an evening vigil on Sunday.", "Sunday"},
    tense_cue{"planned the", future, prospective, "Kyiv planned the prisoner exchange for Friday.", "Friday"},
    tense_cue{"planned for", future, prospective, "The official said the accession was planned for early March.", "early March"},
    tense_cue{"was to", future, prospective, "The envoy was to fly to Moscow on Friday.", "Friday"},
    tense_cue{"were to", future, prospective, "The talks were to resume on Monday.", "Monday"},

    // Past: auxiliaries, reporting verbs, "ago", regular and common irregular past forms.
    tense_cue{"was", past, auxiliary, "The Ukrainian capital was hit hard last night.", "last night"},
    tense_cue{"were", past, auxiliary, "At least eight people were killed on Thursday night.", "Thursday night"},
    tense_cue{"had", past, auxiliary, "The talks had ended by Friday.", "Friday"},
    tense_cue{"did", past, auxiliary, "Russia did not attack on Monday.", "Monday"},
    tense_cue{"said", past, verb, "Zelenskiy said in a post on the X platform on Thursday.", "Thursday"},
    tense_cue{"ago", past, verb, "A week ago on Monday the talks collapsed.", "Monday"},
    tense_cue{"*ed", past, verb, "Trump reprimanded the Ukrainian leader on Wednesday.", "Wednesday"},
    tense_cue{"met", past, verb, "Putin met Witkoff on Friday.", "Friday"},
    tense_cue{"spoke", past, verb, "Trump spoke with Putin on Tuesday.", "Tuesday"},
    tense_cue{"told", past, verb, "He told reporters on Monday.", "Monday"},
    tense_cue{"wrote", past, verb, "Trump wrote on Truth Social on Wednesday.", "Wednesday"},
    tense_cue{"took", past, verb, "The talks took place on Sunday.", "Sunday"},
    tense_cue{"began", past, verb, "Russia's war against Ukraine began in 2022.", "2022"},
    tense_cue{"came", past, verb, "The attack came on Thursday night.", "Thursday night"},
    tense_cue{"went", past, verb, "Rubio went to Paris on Friday.", "Friday"},
    tense_cue{"held", past, verb, "Trump and Zelenskyy held a call on Wednesday.", "Wednesday"},
    tense_cue{"struck", past, verb, "Missiles struck Kyiv on Thursday.", "Thursday"},
    tense_cue{"hit", past, verb, "Drones hit Odesa on Monday.", "Monday"},
    tense_cue{"made", past, verb, "Trump made the remarks on Wednesday.", "Wednesday"},
    tense_cue{"gave", past, verb, "Zelenskyy gave a speech on Tuesday.", "Tuesday"},
    tense_cue{"saw", past, verb, "Residents saw explosions on Sunday.", "Sunday"},
    tense_cue{"found", past, verb, "Rescuers found survivors on Friday.", "Friday"},
    tense_cue{"left", past, verb, "Zelenskyy left Pretoria on Thursday.", "Thursday"},
    tense_cue{"led", past, verb, "Witkoff led the talks on Friday.", "Friday"},
    tense_cue{"sent", past, verb, "Russia sent drones on Monday.", "Monday"},
    tense_cue{"brought", past, verb, "The talks brought no deal on Tuesday.", "Tuesday"},
    tense_cue{"fought", past, verb, "Ukraine fought back on Sunday.", "Sunday"},
    tense_cue{"sought", past, verb, "Kyiv sought help on Monday.", "Monday"},
    tense_cue{"won", past, verb, "The party won the vote on Thursday.", "Thursday"},
    tense_cue{"lost", past, verb, "Russia lost ground on Tuesday.", "Tuesday"},
    tense_cue{"kept", past, verb, "Ukraine kept fighting on Saturday.", "Saturday"},
    tense_cue{"felt", past, verb, "Residents felt the blast on Wednesday.", "Wednesday"},
    tense_cue{"heard", past, verb, "Witnesses heard blasts on Thursday.", "Thursday"},
    tense_cue{"paid", past, verb, "Washington paid the bill on Friday.", "Friday"},
    tense_cue{"shot", past, verb, "Air defence shot down 112 targets on Thursday.", "Thursday"},
    tense_cue{"cut", past, verb, "Zelenskyy cut short his trip on Thursday.", "Thursday"},
    tense_cue{"rose", past, verb, "The death toll rose on Friday.", "Friday"},
    tense_cue{"fell", past, verb, "Prices fell on Monday.", "Monday"},
    tense_cue{"withdrew", past, verb, "Russia withdrew troops on Tuesday.", "Tuesday"},
    tense_cue{"flew", past, verb, "Rubio flew to London on Tuesday.", "Tuesday"},
    tense_cue{"broke", past, verb, "The ceasefire broke down on Sunday.", "Sunday"},
    tense_cue{"stood", past, verb, "The toll stood at nine on Thursday.", "Thursday"},
    tense_cue{"knew", past, verb, "He knew it on Monday.", "Monday"},
    tense_cue{"became", past, verb, "Zelenskyy became president in 2019.", "2019"},
    tense_cue{"spent", past, verb, "The delegation spent hours in talks on Tuesday.", "Tuesday"},
    tense_cue{"chose", past, verb, "Rubio chose to skip the talks on Wednesday.", "Wednesday"},

    // Present.
    tense_cue{"is", present, auxiliary, "The city is quiet this morning.", "this morning"},
    tense_cue{"are", present, auxiliary, "Negotiations are ongoing this week.", "this week"},
    tense_cue{"am", present, auxiliary, "I am in Kyiv today.", "today"},
    tense_cue{"is to blame", present, verb, "Russia is to blame for the blackout on Monday.", "Monday"},
    tense_cue{"are to blame", present, verb, "Drones are to blame for the fires on Sunday.", "Sunday"},
    tense_cue{"says", present, verb, "Zelenskyy says this week is decisive.", "this week"},
    tense_cue{"has", present, perfect, "The White House has a plan this week.", "this week"},
    tense_cue{"have", present, perfect, "We have a deal today.", "today"},
};

using enum cue_side;
constexpr bool strong = false;
constexpr bool weak = true;

constexpr std::array attached_table{
    // "ahead of" before a possessive too: "ahead of Friday's vote" is future.
    attached_cue{"ahead of", before, future, strong, "Officials met in Riyadh ahead of Friday's vote.", "Friday"},
    attached_cue{"as soon as", before, future, strong, "Castro said the group could leave as soon as Tuesday.", "Tuesday"},
    attached_cue{"as early as", before, future, strong, "Officials said the boy could be flown home as early as Tuesday.", "Tuesday"},
    // A date from which a change applies is mostly announced before it.
    attached_cue{"effective", before, future, strong, "The company created an office of the chairman, effective Feb. 1.",
                 "Feb. 1"},
    // Deadlines lie ahead unless the clause is in the past.
    attached_cue{"by", before, future, weak, "The sale is part of a program to pay down the bridge loan by February.",
                 "February"},
    attached_cue{"until", before, future, weak, "The museum is closed until Monday.", "Monday"},
    attached_cue{"till", before, future, weak, "The border stays shut till Sunday.", "Sunday"},
    attached_cue{"due", before, future, weak, "First-quarter results are due Friday.", "Friday"},
    attached_cue{"scheduled for", before, future, weak, "The summit is scheduled for mid-May.", "mid-May"},
    // A date joined to its subject by a present copula is a schedule: "the record date is Nov. 9".
    attached_cue{"is", before, future, weak, "The record date is Nov. 9.", "Nov. 9"},
    attached_cue{"are", before, future, weak, "The hearings are Tuesday and Wednesday.", "Tuesday"},
    attached_cue{"is on", before, future, weak, "The vote is on Sunday.", "Sunday"},
    attached_cue{"are on", before, future, weak, "Both rounds are on Saturday.", "Saturday"},
    attached_cue{"set for", before, future, weak, "The vote is set for Thursday.", "Thursday"},
    attached_cue{"slated for", before, future, weak, "The hearing is slated for Monday.", "Monday"},
    // A possessive names something that has happened: "Wednesday's ruling", "last week's vote".
    attached_cue{"'s", after, past, strong, "His relatives said they would look for ways to get around Wednesday's ruling.",
                 "Wednesday"},
};

constexpr std::array deferral_table{
    deferral_verb{"postponed", "Immigration officials postponed until Tuesday any action on the case.", "Tuesday"},
    deferral_verb{"postpone", "Kyiv asked the court to postpone the hearing until Friday.", "Friday"},
    deferral_verb{"postpones", "The Senate postpones the vote until Monday.", "Monday"},
    deferral_verb{"delayed", "The court delayed the hearing until Friday.", "Friday"},
    deferral_verb{"delay", "Judges agreed to delay the ruling until Thursday.", "Thursday"},
    deferral_verb{"deferred", "The vote was deferred until Monday.", "Monday"},
    deferral_verb{"adjourned", "The judge adjourned the trial till Wednesday.", "Wednesday"},
    deferral_verb{"extended", "The INS has extended its deadline until Thursday.", "Thursday"},
    deferral_verb{"extend", "Officials decided to extend the ceasefire until Sunday.", "Sunday"},
    deferral_verb{"gave", "The agency gave the relatives until Thursday to hand the boy over.", "Thursday"},
    deferral_verb{"given", "The INS has given the Miami relatives until 9 a.m. Tuesday.", "9 a.m. Tuesday"},
};

constexpr std::array opener_table{
    clause_opener{"where", "She would bring new aid to countries where the Aug. 7 blasts killed 257 people.", "Aug. 7",
                  past},
    clause_opener{"which", "Kyiv will study the plan, which on Friday was rejected by Moscow.", "Friday", past},
    clause_opener{"who", "Trump will host the leaders who on Monday signed the accord.", "Monday", past},
    clause_opener{"whose", "Kyiv will honour the soldiers whose bodies on Sunday were returned.", "Sunday", past},
    clause_opener{"that", "Officials said that on Monday the talks will resume.", "Monday", future},
    clause_opener{"when", "Kyiv will remember the night when on Thursday drones struck the city.", "Thursday", past},
    clause_opener{"because", "The envoy cancelled his trip because on Friday the talks will resume in Riyadh.", "Friday",
                  future},
    clause_opener{"while", "Zelenskyy will stay in Kyiv, while on Sunday his envoy flew to Riyadh.", "Sunday", past},
    clause_opener{"although", "Moscow agreed to talks although on Monday it will hold a parade.", "Monday", future},
};

}  // namespace

// The cue table sorted by first byte at compile time, and where each first byte starts.
constexpr auto cues_by_first_byte = [] {
    auto sorted = cue_table;
    std::sort(sorted.begin(), sorted.end(), [](const tense_cue& a, const tense_cue& b) { return a.words < b.words; });
    return sorted;
}();

constexpr auto first_byte_starts = [] {
    std::array<std::size_t, 257> starts{};
    for (std::size_t b = 0, i = 0; b < 256; ++b) {
        while (i < cues_by_first_byte.size() && static_cast<unsigned char>(cues_by_first_byte[i].words.front()) < b) ++i;
        starts[b] = i;
    }
    starts[256] = cues_by_first_byte.size();
    return starts;
}();

// The first word of every cue, for the matcher's first look at a word of the clause.
constexpr auto cue_first_words = [] {
    std::array<std::string_view, cue_table.size()> words;
    for (std::size_t i = 0; i < cue_table.size(); ++i) words[i] = cue_table[i].words.substr(0, cue_table[i].words.find(' '));
    return words;
}();
constexpr word_set<512> cue_first_word_set{cue_first_words};

std::span<const tense_cue> tense_cues() { return cue_table; }

bool is_first_word_of_tense_cue(std::string_view word) { return cue_first_word_set.contains(word); }

std::span<const tense_cue> tense_cues_starting_with(char first) {
    const auto b = static_cast<unsigned char>(first);
    const std::span<const tense_cue> all = cues_by_first_byte;
    return all.subspan(first_byte_starts[b], first_byte_starts[b + 1u] - first_byte_starts[b]);
}
std::span<const clause_opener> clause_openers() { return opener_table; }
std::span<const attached_cue> attached_cues() { return attached_table; }
std::span<const deferral_verb> deferral_verbs() { return deferral_table; }

}  // namespace dateline
