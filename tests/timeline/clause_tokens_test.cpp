// The tense matcher's reading of a clause (timeline/src/clause_*): its bounds, its words and what
// it asks about each word.
#include <gtest/gtest.h>

#include <cctype>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "clause_bounds.hpp"
#include "clause_tokens.hpp"
#include "clause_word_kinds.hpp"
#include "dateline/timeline/tense.hpp"

namespace dateline::clause_detail {
namespace {

struct read_word {
    std::string word;
    std::size_t begin;
    std::size_t end;
    bool capitalized;
    bool hyphenated;
    bool operator==(const read_word&) const = default;
};

std::ostream& operator<<(std::ostream& os, const read_word& w) {
    return os << '{' << w.word << ' ' << w.begin << ' ' << w.end << ' ' << w.capitalized << ' ' << w.hyphenated << '}';
}

std::vector<read_word> words_of(std::string_view s, clause_bounds c, std::size_t max_tokens = SIZE_MAX) {
    token_list list;
    list.reset(c.end - c.begin);
    tokenize(s, c, list, max_tokens);
    std::vector<read_word> out;
    for (const token& t : list.tokens) out.push_back({std::string(t.word), t.begin, t.end, t.capitalized, t.hyphenated});
    return out;
}

std::vector<read_word> words_of(std::string_view s) { return words_of(s, {0, s.size()}); }

TEST(clause_tokens, words_are_lowercase_runs_of_letters_and_digits_with_their_offsets) {
    const std::vector<read_word> expected{
        {"the", 0, 3, true, false},          {"envoy", 4, 9, false, false}, {"will", 10, 14, false, false},
        {"meet", 15, 19, false, false},      {"putin", 20, 25, true, false}, {"on", 26, 28, false, false},
        {"friday", 29, 35, true, false},     {"at", 36, 38, false, false},  {"10", 39, 41, false, false},
        {"35", 42, 44, false, false},
    };
    EXPECT_EQ(words_of("The envoy will meet Putin on Friday at 10:35."), expected);
}

TEST(clause_tokens, words_longer_than_eight_bytes_and_words_at_the_end_of_the_text) {
    const std::vector<read_word> expected{
        {"internationally", 0, 15, true, false},
        {"recognised", 16, 26, false, false},
        {"abcdefgh", 27, 35, true, false},
        {"x", 36, 37, true, false},
    };
    EXPECT_EQ(words_of("INTERNATIONALLY recognised ABCDEFGH X"), expected);
}

TEST(clause_tokens, contractions_are_split_and_curly_apostrophes_made_straight) {
    const std::vector<read_word> expected{
        {"did", 0, 6, true, false},   {"n't", 0, 6, false, false},  {"will", 7, 12, false, false},
        {"n't", 7, 12, false, false}, {"we", 13, 20, false, false}, {"'ll", 13, 20, false, false},
        {"can", 21, 26, false, false}, {"n't", 21, 26, false, false},
    };
    EXPECT_EQ(words_of("Didn't won't we\xE2\x80\x99ll can't"), expected);
}

TEST(clause_tokens, hyphens_join_words_and_other_bytes_end_them) {
    const std::vector<read_word> expected{
        {"russian-occupied", 0, 16, true, true},
        {"caf", 17, 20, false, false},
        {"s", 22, 23, false, false},
        {"end", 26, 29, false, false},
    };
    EXPECT_EQ(words_of("Russian-occupied caf\xC3\xA9s - end-"), expected);
}

TEST(clause_tokens, words_stop_at_the_end_of_the_clause_and_at_the_token_limit) {
    const std::string_view s = "Negotiations resumed yesterday";
    const std::vector<read_word> cut{{"negotia", 0, 7, true, false}};
    EXPECT_EQ(words_of(s, {0, 7}), cut);
    const std::vector<read_word> from_inside{{"ations", 6, 12, false, false}, {"resumed", 13, 20, false, false}};
    EXPECT_EQ(words_of(s, {6, 30}, 2), from_inside);
    const std::vector<read_word> hyphen_at_end{{"end", 0, 3, false, false}};
    EXPECT_EQ(words_of("end-of", {0, 4}), hyphen_at_end);
}

TEST(clause_tokens, a_reused_list_reads_the_next_clause_afresh) {
    token_list list;
    const std::string_view first = "Talks are scheduled to resume on Monday in Riyadh";
    list.reset(first.size());
    tokenize(first, {0, first.size()}, list);
    const std::string_view second = "It's over";
    list.reset(second.size());
    tokenize(second, {0, second.size()}, list);
    ASSERT_EQ(list.tokens.size(), 3u);
    EXPECT_EQ(list.tokens[0].word, "it");
    EXPECT_EQ(list.tokens[1].word, "'s");
    EXPECT_EQ(list.tokens[2].word, "over");
}

// The words as a byte-by-byte reading gives them (the tokenizer before it read eight bytes at a
// time): the reference the tokenizer is checked against on random text.
std::vector<read_word> words_by_bytes(std::string_view s, clause_bounds c, std::size_t max_tokens) {
    const auto alnum = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0 && static_cast<unsigned char>(ch) < 0x80; };
    std::vector<read_word> out;
    std::size_t i = c.begin;
    while (i < c.end && out.size() < max_tokens) {
        if (!alnum(s[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        bool hyphenated = false;
        bool apostrophes = false;
        std::string word;
        while (i < c.end) {
            if (alnum(s[i])) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
                continue;
            }
            const std::size_t apostrophe = apostrophe_length(s, i);
            const std::size_t joiner = apostrophe > 0 ? apostrophe : (s[i] == '-' ? 1 : 0);
            if (joiner == 0 || i + joiner >= c.end || !alnum(s[i + joiner])) break;
            hyphenated = hyphenated || apostrophe == 0;
            apostrophes = apostrophes || apostrophe > 0;
            word += apostrophe > 0 ? '\'' : '-';
            i += joiner;
        }
        const bool capitalized = s[begin] >= 'A' && s[begin] <= 'Z';
        const std::size_t apostrophe = apostrophes ? word.find('\'') : std::string::npos;
        if (apostrophe == std::string::npos) {
            out.push_back({word, begin, i, capitalized, hyphenated});
            continue;
        }
        std::string stem = word.substr(0, apostrophe);
        std::string suffix = word.substr(apostrophe);
        if (suffix == "'t" && stem.ends_with('n')) {
            stem.pop_back();
            suffix = "n't";
            if (stem == "wo") stem = "will";
            if (stem == "ca") stem = "can";
            if (stem == "sha") stem = "shall";
        }
        out.push_back({stem, begin, i, capitalized, hyphenated});
        out.push_back({suffix, begin, i, false, false});
    }
    return out;
}

TEST(clause_tokens, random_text_reads_as_byte_by_byte) {
    static constexpr std::string_view pieces[] = {"a", "B", "z", "Q", "7", " ", " ", "'", "-", "`", "@", "[",
                                                  "\xE2\x80\x99", "\xE2", "\xC3\xA9", "n't", "won", "ABCDEFGHIJ",
                                                  "international", "\x7F", "\xFF", ".", "\x01"};
    std::mt19937 random(3122026);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
    std::uniform_int_distribution<std::size_t> length(0, 60);
    for (int round = 0; round < 4000; ++round) {
        std::string s;
        for (std::size_t n = length(random); n > 0; --n) s += pieces[piece(random)];
        std::uniform_int_distribution<std::size_t> at(0, s.size());
        std::size_t begin = at(random);
        std::size_t end = at(random);
        if (begin > end) std::swap(begin, end);
        const std::size_t max_tokens = round % 3 == 0 ? 3 : SIZE_MAX;
        ASSERT_EQ(words_of(s, {begin, end}, max_tokens), words_by_bytes(s, {begin, end}, max_tokens))
            << '"' << s << "\" [" << begin << ", " << end << ")";
    }
}

TEST(clause_word_kinds, every_entry_of_the_tables_has_its_kind) {
    for (const tense_cue& cue : tense_cues()) {
        const std::string_view first = cue.words.substr(0, cue.words.find(' '));
        EXPECT_TRUE(word_kinds(first) & cue_start) << cue.words;
        const bool past_verb = cue.role == cue_role::verb && cue.marks == tense::past && first == cue.words;
        EXPECT_EQ((word_kinds(cue.words) & past_form) != 0, past_verb && cue.words != "ago") << cue.words;
    }
    for (const clause_opener& o : clause_openers()) EXPECT_TRUE(word_kinds(o.word) & opener) << o.word;
    for (const deferral_verb& v : deferral_verbs()) EXPECT_TRUE(word_kinds(v.word) & deferral) << v.word;
    for (const std::string_view w : {"be", "n't", "reportedly", "again"}) EXPECT_TRUE(word_kinds(w) & group_filler) << w;
    for (const std::string_view w : {"a", "the", "those", "any"}) EXPECT_TRUE(word_kinds(w) & determiner) << w;
}

TEST(clause_word_kinds, other_words_have_none) {
    for (const std::string_view w : {"", "table", "thee", "th", "wil", "willing", "reportedlyx", "postponedx", "ago ",
                                     "internationally"})
        EXPECT_EQ(word_kinds(w), 0) << w;
    EXPECT_EQ(word_kinds("ago") & past_form, 0);
}

TEST(clause_word_kinds, the_table_keeps_three_quarters_of_its_slots_free) {
    EXPECT_GT(word_kinds_table().size(), 100u);
    EXPECT_LE(4 * word_kinds_table().size(), word_kind_table::slot_count);
}

TEST(clause_word_kinds, the_prefix_is_the_first_eight_bytes_little_endian) {
    EXPECT_EQ(word_prefix(""), 0u);
    EXPECT_EQ(word_prefix("ab"), 0x6261u);
    EXPECT_EQ(word_prefix("abcdefghij"), 0x6867666564636261u);
}

// The clause start as a scan from the start of the sentence finds it, quote pairs read two by two
// from the start of their run: the reference clause_around is checked against.
std::size_t clause_start_by_forward_scan(std::string_view s, std::size_t begin) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < begin;) {
        const std::size_t n = boundary_length(s, i);
        if (n > 0) start = i + n;
        i += n > 0 ? n : 1;
    }
    return start;
}

std::size_t clause_end_by_forward_scan(std::string_view s, std::size_t end) {
    for (std::size_t i = end; i < s.size(); ++i)
        if (boundary_length(s, i) > 0) return i;
    return s.size();
}

TEST(clause_bounds, clauses_end_at_semicolons_colons_and_quotation_marks) {
    const std::string_view s = "He said: \"we meet on Friday\"; talks at 10:30 ``resume'' Monday \xE2\x80\x9Csoon\xE2\x80\x9D.";
    const std::size_t friday = s.find("Friday");
    EXPECT_EQ(clause_around(s, friday, friday + 6).begin, s.find("we"));
    EXPECT_EQ(clause_around(s, friday, friday + 6).end, s.find("\"; "));
    const std::size_t clock = s.find("10:30");
    EXPECT_EQ(clause_around(s, clock, clock + 5).begin, s.find(" talks"));
    EXPECT_EQ(clause_around(s, clock, clock + 5).end, s.find("``"));
    const std::size_t monday = s.find("Monday");
    EXPECT_EQ(clause_around(s, monday, monday + 6).begin, s.find(" Monday"));
    EXPECT_EQ(clause_around(s, monday, monday + 6).end, s.find("\xE2\x80\x9C"));
}

TEST(clause_bounds, quote_runs_pair_from_their_start) {
    // ''' is a pair and a lone quote: the clause starts after the pair, before the lone quote.
    const std::string_view s = "a '''b c";
    EXPECT_EQ(clause_around(s, 6, 7).begin, 4u);
    const std::string_view t = "a ''''b c";  // two pairs
    EXPECT_EQ(clause_around(t, 7, 8).begin, 6u);
}

TEST(clause_bounds, looking_back_finds_what_a_scan_from_the_start_finds) {
    static constexpr std::string_view pieces[] = {"a", "b", " ", "1", ";", ":", "\"", "'", "`", "-",
                                                  "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
                                                  "\xE2\x80\x99", "\xE2", "\xC2", "\x80"};
    std::mt19937 random(20261203);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
    std::uniform_int_distribution<std::size_t> length(0, 24);
    for (int round = 0; round < 5000; ++round) {
        std::string s;
        for (std::size_t n = length(random); n > 0; --n) s += pieces[piece(random)];
        for (std::size_t begin = 0; begin <= s.size(); ++begin) {
            const std::size_t end = std::min(s.size(), begin + 1);
            const clause_bounds c = clause_around(s, begin, end);
            ASSERT_EQ(c.begin, clause_start_by_forward_scan(s, begin)) << '"' << s << "\" at " << begin;
            ASSERT_EQ(c.end, clause_end_by_forward_scan(s, end)) << '"' << s << "\" at " << begin;
        }
    }
}

}  // namespace
}  // namespace dateline::clause_detail
