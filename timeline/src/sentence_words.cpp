#include <array>

#include "dateline/timeline/sentence_words.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

using enum abbreviation_kind;

constexpr std::array abbreviation_table{
    // Titles before a name: never the end of a sentence.
    abbreviation{"Mr.", never_ends, "Mr. Trump spoke on Wednesday."},
    abbreviation{"Mrs.", never_ends, "Mrs. Clinton wrote on Friday."},
    abbreviation{"Ms.", never_ends, "Ms. Rutte said so."},
    abbreviation{"Dr.", never_ends, "Dr. Smith treated the injured."},
    abbreviation{"Prof.", never_ends, "Prof. Jones said so."},
    abbreviation{"Gen.", never_ends, "Gen. Keith Kellogg called them egregious attacks."},
    abbreviation{"Lt.", never_ends, "Lt. Gen. Smith arrived."},
    abbreviation{"Col.", never_ends, "Col. Brown said so."},
    abbreviation{"Maj.", never_ends, "Maj. Green said so."},
    abbreviation{"Capt.", never_ends, "Capt. White said so."},
    abbreviation{"Sgt.", never_ends, "Sgt. Black said so."},
    abbreviation{"Adm.", never_ends, "Adm. Gray said so."},
    abbreviation{"Sen.", never_ends, "Sen. Graham proposed sanctions."},
    abbreviation{"Rep.", never_ends, "Rep. Wilson spoke."},
    abbreviation{"Gov.", never_ends, "Gov. Lysak reported the attack."},
    abbreviation{"Pres.", never_ends, "Pres. Zelenskyy spoke."},
    abbreviation{"Rev.", never_ends, "Rev. King spoke."},
    abbreviation{"St.", never_ends, "St. Petersburg hosted the forum."},
    abbreviation{"Mt.", never_ends, "Mt. Elbrus is high."},
    abbreviation{"Ft.", never_ends, "Ft. Bragg troops left."},
    abbreviation{"vs.", never_ends, "Russia vs. Ukraine talks resumed."},
    abbreviation{"e.g.", never_ends, "Cities, e.g. Kyiv, were hit."},
    abbreviation{"i.e.", never_ends, "The capital, i.e. Kyiv, was hit."},
    abbreviation{"approx.", never_ends, "It took approx. two hours."},
    abbreviation{"est.", never_ends, "It cost est. 5 million."},
    // Months written short stand before a day number.
    abbreviation{"Jan.", may_end, "Talks began Jan. 5 in Riyadh."},
    abbreviation{"Feb.", may_end, "The war began Feb. 24 in 2022."},
    abbreviation{"Mar.", may_end, "Talks resumed Mar. 11 in Jeddah."},
    abbreviation{"Apr.", may_end, "The strike came Apr. 24 at night."},
    abbreviation{"Aug.", may_end, "The summit was Aug. 15 in Alaska."},
    abbreviation{"Sep.", may_end, "It ended Sep. 3 after talks."},
    abbreviation{"Sept.", may_end, "It ended Sept. 3 after talks."},
    abbreviation{"Oct.", may_end, "It began Oct. 7 at dawn."},
    abbreviation{"Nov.", may_end, "It ended Nov. 5 at noon."},
    abbreviation{"Dec.", may_end, "It ended Dec. 31 at midnight."},
    // Abbreviations that often end a sentence too.
    abbreviation{"U.S.", may_end, "U.S. Secretary of State Marco Rubio spoke."},
    abbreviation{"U.K.", may_end, "U.K. Prime Minister Keir Starmer spoke."},
    abbreviation{"U.N.", may_end, "U.N. Secretary-General Guterres spoke."},
    abbreviation{"E.U.", may_end, "E.U. leaders met."},
    abbreviation{"a.m.", may_end, "Sirens sounded at 4 a.m. Thursday in Kyiv."},
    abbreviation{"p.m.", may_end, "He spoke at 5 p.m. Eastern time."},
    abbreviation{"Inc.", may_end, "Apple Inc. said so."},
    abbreviation{"Corp.", may_end, "Boeing Corp. Chief Executive spoke."},
    abbreviation{"Co.", may_end, "Ford Motor Co. Chairman spoke."},
    abbreviation{"Ltd.", may_end, "Naftogaz Ltd. Chief spoke."},
    abbreviation{"Jr.", may_end, "Martin Luther King Jr. Day came."},
    abbreviation{"Sr.", may_end, "Ken Griffey Sr. said so."},
    abbreviation{"etc.", may_end, "Drones, missiles etc. were launched."},
    abbreviation{"No.", before_number, "Building No. 5 was hit."},
};

constexpr auto starter_table = std::to_array<std::string_view>({
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
    "Our", "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On",
    "At", "As", "After", "Before", "If", "When", "While", "Meanwhile", "However", "Some", "Many",
    "Both", "Earlier", "Later",
});

constexpr auto bullet_table = std::to_array<std::string_view>({
    "-", "*", "\xE2\x80\xA2" /* • */, "\xC2\xB7" /* · */, "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */,
    "\xE2\x96\xAA" /* ▪ */, "\xE2\x97\xA6" /* ◦ */,
});

using enum clutter_match;

constexpr std::array clutter_table{
    clutter_phrase{"most read from", prefix, false, "Most Read from Bloomberg"},
    clutter_phrase{"watch:", prefix, false, "WATCH: Russia unleashed a drone attack on Kyiv.Source: Bloomberg"},
    clutter_phrase{"source link", whole_line, true, "Source link"},
    clutter_phrase{"leave a reply", whole_line, true, "LEAVE A REPLY"},
    clutter_phrase{"your email address will not be published", prefix, true,
                   "Your email address will not be published. Required fields are marked *"},
    clutter_phrase{"please enter your comment", whole_line, true, "Please enter your comment!"},
    clutter_phrase{"please enter your name here", whole_line, true, "Please enter your name here"},
    clutter_phrase{"date", whole_line, false, "Date:"},
    clutter_phrase{"share post", whole_line, false, "Share post:"},
    clutter_phrase{"share this article", whole_line, false, "Share this article"},
    clutter_phrase{"subscribe", whole_line, false, "Subscribe"},
    clutter_phrase{"advertisement", whole_line, false, "Advertisement"},
    clutter_phrase{"read more", whole_line, false, "Read more"},
    clutter_phrase{"spot_img", prefix, false, "spot_imgspot_img"},
    clutter_phrase{"popular", whole_line, true, "Popular"},
    clutter_phrase{"more like this", whole_line, true, "More like this"},
    clutter_phrase{"related", whole_line, true, "Related"},
    clutter_phrase{"related sources", whole_line, true, "Related Sources:"},
    clutter_phrase{"related articles", whole_line, true, "Related articles"},
    clutter_phrase{"minutes read", suffix, false, "Leonhard Landes \xE2\x80\x93 1 hour \xE2\x80\x93 4 minutes read"},
    clutter_phrase{"min read", suffix, false, "Jane Doe - 3 min read"},
};

// The line as whole-line and suffix phrases are compared with it: final ":" "!" "." dropped.
std::string_view without_final_punctuation(std::string_view line) {
    while (!line.empty() && (line.back() == ':' || line.back() == '!' || line.back() == '.')) line.remove_suffix(1);
    return detail::trim(line);
}

// Prefixes are chosen so that no sentence of an article starts with one ("watch:", not "watch").
// `bare` is the line without its final punctuation, computed once per line.
bool matches(const clutter_phrase& phrase, std::string_view line, std::string_view bare) {
    switch (phrase.match) {
    case whole_line: return detail::iequals_ascii(bare, phrase.text);
    case prefix: return detail::istarts_with_ascii(line, phrase.text);
    case suffix: return detail::iends_with_ascii(bare, phrase.text);
    }
    return false;
}

}  // namespace

std::span<const abbreviation> abbreviations() { return abbreviation_table; }
std::span<const std::string_view> sentence_starters() { return starter_table; }
std::span<const std::string_view> bullet_markers() { return bullet_table; }
std::span<const clutter_phrase> clutter_phrases() { return clutter_table; }

const clutter_phrase* find_clutter(std::string_view line) {
    const std::string_view text = detail::trim(line);
    if (text.empty()) return nullptr;
    const std::string_view bare = without_final_punctuation(text);
    for (const auto& phrase : clutter_table)
        if (matches(phrase, text, bare)) return &phrase;
    return nullptr;
}

}  // namespace dateline
