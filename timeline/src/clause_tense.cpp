// clause_tense: words of the clause are matched against the cue table, cues are grouped into
// verb groups ("would be held" is one future group, not "held"), and the group nearest the
// expression decides: the last one before it, else the first one after it.
#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clause_bounds.hpp"
#include "clause_tokens.hpp"
#include "clause_word_kinds.hpp"
#include "dateline/timeline/tense.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

using clause_detail::apostrophe_length;
using clause_detail::clause_around;
using clause_detail::clause_bounds;
using clause_detail::token;
using clause_detail::token_list;

// "-ed" past forms, leaving out names ("Mohammed"), compounds ("Russian-occupied") and words
// that only look like one ("hundred", "need", "proceed").
bool is_regular_past(const token& t, bool clause_start) {
    const std::string_view w = t.word;
    if (w.size() < 5 || !w.ends_with("ed") || t.hyphenated) return false;
    if (t.capitalized && !clause_start) return false;
    static constexpr std::array<std::string_view, 5> eed_past{"agreed", "freed", "decreed", "guaranteed", "disagreed"};
    if (w.ends_with("eed")) return std::find(eed_past.begin(), eed_past.end(), w) != eed_past.end();
    static constexpr std::array<std::string_view, 6> not_verbs{"hundred", "kindred", "sacred", "naked", "wicked", "beloved"};
    return std::find(not_verbs.begin(), not_verbs.end(), w) == not_verbs.end();
}

struct cue_match {
    const tense_cue* cue = nullptr;
    std::size_t length = 0;  // tokens
};

const tense_cue& regular_past_cue() {
    for (const auto& cue : tense_cues_starting_with('*'))
        if (cue.words == "*ed") return cue;
    return tense_cues().front();  // not reached: the table has the entry
}

bool words_match(std::string_view words, const std::vector<token>& tokens, std::size_t i, std::size_t& length) {
    length = 0;
    while (!words.empty()) {
        const std::size_t space = words.find(' ');
        const std::string_view word = words.substr(0, space);
        if (i + length >= tokens.size() || tokens[i + length].word != word) return false;
        ++length;
        words = space == std::string_view::npos ? std::string_view{} : words.substr(space + 1);
    }
    return length > 0;
}

bool has_kind(const token& t, clause_detail::word_kind k) { return (t.kinds & k) != 0; }

// An "-ed" form after a determiner, or after a determiner and an adverb, is an adjective: "a
// still unspecified date", "the hastily planned trip".
bool is_attributive(const std::vector<token>& tokens, std::size_t i) {
    if (i >= 1 && has_kind(tokens[i - 1], clause_detail::determiner)) return true;
    if (i < 2 || !has_kind(tokens[i - 2], clause_detail::determiner)) return false;
    const std::string_view adverb = tokens[i - 1].word;
    return adverb.ends_with("ly") || adverb == "still" || adverb == "already" || adverb == "once";
}

// Whether match_cue can find a cue at the token: the first word of a cue or an "-ed" form.
bool may_start_cue(const token& t) { return has_kind(t, clause_detail::cue_start) || has_kind(t, clause_detail::ed_ending); }

cue_match match_cue(const std::vector<token>& tokens, std::size_t i, bool clause_start) {
    cue_match best;
    if (!may_start_cue(tokens[i])) return best;
    const std::string_view first = tokens[i].word;
    if (first.empty()) return best;
    const std::span<const tense_cue> candidates =
        has_kind(tokens[i], clause_detail::cue_start) ? tense_cues_starting_with(first.front()) : std::span<const tense_cue>{};
    for (const auto& cue : candidates) {
        // The first word decides most cues: compared before the whole phrase is, its length (the
        // cue ends or has a space there) before its bytes.
        const std::size_t n = first.size();
        if (cue.words.size() < n || (cue.words.size() > n && cue.words[n] != ' ') ||
            cue.words.compare(0, n, first) != 0)
            continue;
        std::size_t length = 0;
        if (cue.words != "*ed" && words_match(cue.words, tokens, i, length) && length > best.length) best = {&cue, length};
    }
    if (!best.cue && is_regular_past(tokens[i], clause_start) && !is_attributive(tokens, i))
        best = {&regular_past_cue(), 1};
    return best;
}

// A participle after an auxiliary: "-ing" forms ("is putting"), regular past forms ("was
// expected") and the irregular past forms of the cue table ("would be held").
bool is_participle(const token& t) {
    if (t.word.size() > 4 && t.word.ends_with("ing")) return true;
    if (is_regular_past(t, true)) return true;
    return has_kind(t, clause_detail::past_form);
}

struct verb_group {
    std::size_t begin = 0;  // byte offsets in the sentence
    std::size_t end = 0;
    tense marks = tense::unknown;
    bool prospective = false;  // future for what follows, past for what comes before
};

// A cue of several words that looks ahead ("expected to", "planning to"): it ends the verb
// group before it, so "was expected to meet" is a past auxiliary and a future cue, not one past
// group.
bool is_multiword_future(const cue_match& m) { return m.cue && m.length > 1 && m.cue->marks == tense::future; }

// "scheduled" after an auxiliary: "has scheduled a news conference Thursday".
bool is_future_participle(const cue_match& m) {
    return m.cue && m.length == 1 && m.cue->role == cue_role::verb && m.cue->marks == tense::future;
}

// Words of the longest entry of tense_cues(): how far match_cue may look ahead of a token.
std::size_t longest_cue_words() {
    static const std::size_t longest = [] {
        std::size_t n = 1;
        for (const tense_cue& cue : tense_cues())
            n = std::max(n, 1 + static_cast<std::size_t>(std::count(cue.words.begin(), cue.words.end(), ' ')));
        return n;
    }();
    return longest;
}

// The tokens of a clause, read as far as they are asked for: past the first verb group after the
// expression nothing decides its tense, and most clauses go on well past it. The list and how far
// it is read are kept with the clause for its next expression.
class clause_reading {
public:
    clause_reading(std::string_view sentence, clause_bounds clause, token_list& list, std::size_t& read_until)
        : sentence_(sentence), clause_(clause), list_(list), read_until_(read_until) {}

    const std::vector<token>& tokens() const { return list_.tokens; }

    // Whether the clause has a token i, reading on (a few tokens more) when it is not read yet.
    bool has(std::size_t i) {
        if (i < list_.tokens.size()) return true;
        if (read_until_ < clause_.end)
            read_until_ = clause_detail::tokenize(sentence_, {read_until_, clause_.end}, list_, i + 1 + read_ahead);
        return i < list_.tokens.size();
    }

private:
    static constexpr std::size_t read_ahead = 8;  // tokens read beyond the one asked for
    std::string_view sentence_;
    clause_bounds clause_;
    token_list& list_;
    std::size_t& read_until_;
};

// The verb groups of the clause outside [skip_begin, skip_end) up to the first one after it, into
// `groups` (emptied first).
void find_verb_groups(clause_reading& reading, std::size_t skip_begin, std::size_t skip_end,
                      std::vector<verb_group>& groups) {
    groups.clear();
    const std::vector<token>& tokens = reading.tokens();  // grows as it is read: no reference to a token is kept
    const auto outside = [&](const token& t) { return t.end <= skip_begin || t.begin >= skip_end; };
    const std::size_t look_ahead = longest_cue_words() - 1;
    std::size_t i = 0;
    while (reading.has(i)) {
        if (!may_start_cue(tokens[i])) {
            ++i;
            continue;
        }
        cue_match m;
        if (outside(tokens[i])) {
            reading.has(i + look_ahead);  // the words a cue starting here may take
            m = match_cue(tokens, i, i == 0);
        }
        if (m.cue && m.cue->role == cue_role::timetable && i > 0 && tokens[i - 1].word == "to") m = {};
        if (!m.cue) {
            ++i;
            continue;
        }
        verb_group g{tokens[i].begin, tokens[i + m.length - 1].end, m.cue->marks,
                     m.cue->role == cue_role::prospective};
        std::size_t j = i + m.length;
        if (m.cue->role == cue_role::auxiliary || m.cue->role == cue_role::perfect) {
            // A plan in the pluperfect was overtaken: "had been scheduled to expire at midnight
            // Friday" (and was extended) is past.
            const bool pluperfect = m.cue->words == "had";
            while (reading.has(j) && outside(tokens[j])) {
                reading.has(j + look_ahead);  // the words a cue starting here may take
                const cue_match next = match_cue(tokens, j, false);
                if (!pluperfect && is_multiword_future(next)) break;
                if (!pluperfect && is_future_participle(next)) {
                    // "is scheduled for Monday" is future; "was scheduled", "has scheduled" look
                    // ahead from a past report.
                    g.prospective = g.marks == tense::past || m.cue->role == cue_role::perfect;
                    g.marks = tense::future;
                    g.end = tokens[j].end;
                    ++j;
                    break;
                }
                if (next.cue && next.cue->role == cue_role::timetable) {  // "did not meet": the verb ends the group
                    g.end = tokens[j].end;
                    ++j;
                    break;
                }
                const bool participle = is_participle(tokens[j]);
                if (!participle && !has_kind(tokens[j], clause_detail::group_filler)) break;
                if (participle && m.cue->role == cue_role::perfect && !tokens[j].word.ends_with("ing"))
                    g.marks = tense::past;  // "has hit", "have been struck"
                g.end = tokens[j].end;
                ++j;
            }
        }
        groups.push_back(g);
        if (g.begin >= skip_end) return;  // the first group after the expression: the last that counts
        i = j;
    }
}

// Lowercase words of the clause right after the expression, a possessive "'s" kept as one word.
struct following_words {
    std::array<std::string_view, 3> words{};  // into the token_list given to words_after
    std::size_t size = 0;
};

following_words words_after(std::string_view s, std::size_t end, clause_bounds c, token_list& list) {
    following_words out;
    // Room for the possessive and every word after it (its ' is no longer than its apostrophe):
    // tokenize does not move the possessive's bytes.
    list.reset(c.end > end ? c.end - end : 0);
    if (const std::size_t n = apostrophe_length(s, end); n > 0 && end + n < c.end && detail::is_ascii_alnum(s[end + n])) {
        char* const chars = list.next_chars();
        std::size_t used = 0;
        chars[used++] = '\'';
        std::size_t i = end + n;
        while (i < c.end && detail::is_ascii_alnum(s[i])) chars[used++] = detail::to_lower_ascii(s[i++]);
        out.words[out.size++] = list.take(used);
        end = i;
    }
    clause_detail::tokenize(s, {end, c.end}, list, out.words.size());
    for (const token& t : list.tokens) {
        if (out.size >= out.words.size()) break;
        out.words[out.size++] = t.word;
    }
    return out;
}

// The cue words end right before the expression: the last tokens before it spell them.
// Compared from the last word back: most cues fail on the word right before the expression.
bool spelled_before(std::string_view words, const std::vector<token>& tokens, std::size_t first_inside) {
    for (std::size_t i = first_inside;; --i) {
        const std::size_t space = words.rfind(' ');
        const std::string_view word = space == std::string_view::npos ? words : words.substr(space + 1);
        if (i == 0 || tokens[i - 1].word != word) return false;
        if (space == std::string_view::npos) return true;
        words = words.substr(0, space);
    }
}

bool spelled_after(std::string_view words, const following_words& after) {
    std::size_t i = 0;
    while (!words.empty()) {
        const std::size_t space = words.find(' ');
        if (i >= after.size || after.words[i] != words.substr(0, space)) return false;
        ++i;
        words = space == std::string_view::npos ? std::string_view{} : words.substr(space + 1);
    }
    return i > 0;
}

// "until Friday" after a verb that defers something in the same clause.
bool is_deferred_to(const std::vector<token>& tokens, std::size_t first_inside) {
    if (first_inside == 0) return false;
    const std::string_view last = tokens[first_inside - 1].word;
    if (last != "until" && last != "till") return false;
    return std::any_of(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(first_inside - 1),
                       [](const token& t) { return has_kind(t, clause_detail::deferral); });
}

// Index of the first token that is not wholly before byte `begin` (the number of tokens if none).
std::size_t first_token_from(clause_reading& reading, std::size_t begin) {
    std::size_t i = 0;
    while (reading.has(i) && reading.tokens()[i].end <= begin) ++i;
    return i;
}

// The first attached cue of the expression of the given strength, if any: the words before it
// first.
const attached_cue* attached_to(const std::vector<token>& tokens, std::size_t first_inside,
                                const following_words& after, bool weak) {
    for (const auto& cue : attached_cues())
        if (cue.weak == weak && cue.side == cue_side::before && spelled_before(cue.words, tokens, first_inside))
            return &cue;
    for (const auto& cue : attached_cues())
        if (cue.weak == weak && cue.side == cue_side::after && spelled_after(cue.words, after)) return &cue;
    return nullptr;
}


bool opener_between(const std::vector<token>& tokens, std::size_t from, std::size_t to) {
    return std::any_of(tokens.begin(), tokens.end(),
                       [&](const token& t) { return t.begin >= from && t.end <= to && has_kind(t, clause_detail::opener); });
}

// The nearest verb group before the expression decides, unless a clause opener stands between
// them and the expression's own clause has its verb after it ("hoped she would bring aid to
// countries where the Aug. 7 blasts killed 257 people"); with no group before, the first after.
tense tense_of_verbs(const std::vector<verb_group>& groups, const std::vector<token>& tokens, std::size_t begin,
                     std::size_t end) {
    const verb_group* before = nullptr;
    const verb_group* after = nullptr;
    for (const auto& g : groups) {
        if (g.end <= begin) before = &g;
        if (g.begin >= end && !after) after = &g;
    }
    const bool own_verb_after = after && !opener_between(tokens, end, after->begin);
    if (before && !(own_verb_after && opener_between(tokens, before->end, begin))) return before->marks;
    if (after) return after->prospective ? tense::past : after->marks;
    return tense::unknown;
}

}  // namespace

tense clause_tense(std::string_view sentence, std::size_t begin, std::size_t end) {
    if (begin > end || end > sentence.size()) return tense::unknown;
    const clause_bounds clause = clause_around(sentence, begin, end);
    thread_local token_list clause_words;  // reused: no allocation per expression
    thread_local token_list next_words;
    // Expressions of one short sentence share its clause: its tokens are kept for the next one.
    // They depend only on the clause's bytes and where it begins (the offsets they carry).
    thread_local std::string tokenized;  // the clause whose tokens clause_words holds
    thread_local std::size_t tokenized_at = SIZE_MAX;
    thread_local std::size_t read_until = 0;  // clause_words holds the tokens of the clause before this byte
    const std::string_view clause_text = sentence.substr(clause.begin, clause.end - clause.begin);
    if (tokenized_at != clause.begin || clause_text != tokenized) {
        clause_words.reset(clause.end - clause.begin);
        read_until = clause.begin;
        tokenized.assign(clause_text);
        tokenized_at = clause.begin;
    }
    clause_reading reading(sentence, clause, clause_words, read_until);
    const std::vector<token>& tokens = clause_words.tokens;
    const std::size_t first_inside = first_token_from(reading, begin);
    const following_words after = words_after(sentence, end, clause, next_words);
    // Words attached to the expression decide whatever the verbs say, weak ones only over a
    // present or no tense.
    if (is_deferred_to(tokens, first_inside)) return tense::future;
    if (const attached_cue* cue = attached_to(tokens, first_inside, after, false)) return cue->marks;
    thread_local std::vector<verb_group> groups;  // reused: no allocation per expression
    find_verb_groups(reading, begin, end, groups);
    const tense t = tense_of_verbs(groups, tokens, begin, end);
    if (t == tense::present || t == tense::unknown) {
        if (const attached_cue* cue = attached_to(tokens, first_inside, after, true)) return cue->marks;
    }
    return t;
}

}  // namespace dateline
