// The first words worked out from X3 parsers (parser/src/first_words.hpp) and the rules the
// choice tries at a word (parser/src/first_word_choice.hpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "first_word_choice.hpp"
#include "first_words.hpp"
#include "keyword.hpp"

namespace {

namespace x3 = boost::spirit::x3;
using dateline::grammar::first_words_of;
using dateline::grammar::keyword;
using dateline::grammar::word_boundary;

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

struct months_table : x3::symbols<unsigned> {
    months_table() { add("march", 3)("may", 5)("sept.", 9); }
};
const months_table months;
const auto blanks = x3::omit[+x3::char_(" \t")];
const auto digits = x3::uint_parser<unsigned, 10, 1, 4>{};

TEST(first_words, a_keyword_is_its_whole_first_word) {
    const auto f = first_words_of(keyword("now") >> blanks >> keyword("day"));
    EXPECT_EQ(f.exact, (std::vector<std::string>{"now"}));
    EXPECT_TRUE(f.prefixes.empty());
    EXPECT_TRUE(f.after_the.is_empty());
    EXPECT_FALSE(f.may_be_empty);
    EXPECT_FALSE(f.anything);
}

TEST(first_words, after_the_and_blanks_the_second_word_counts) {
    auto f = first_words_of(keyword("the") >> blanks >> -(keyword("fiscal") >> blanks) >> months >> word_boundary{});
    EXPECT_TRUE(f.exact.empty());
    EXPECT_EQ(sorted(f.after_the.exact), (std::vector<std::string>{"fiscal", "march", "may", "sept"}));
    EXPECT_FALSE(f.then_open);
    // "the" not followed by blanks, or a match that may end after "the ": any second word
    EXPECT_EQ(first_words_of(keyword("the") >> x3::lit('-')).exact, (std::vector<std::string>{"the"}));
    f = first_words_of(keyword("the") >> blanks >> -keyword("day"));
    EXPECT_TRUE(f.then_open);
    f.end();
    EXPECT_EQ(f.exact, (std::vector<std::string>{"the"}));
}

struct vague_table : x3::symbols<int> {
    vague_table() { add("the past", 1)("the near future", 2)("soon", 3); }
};
const vague_table vagues;

TEST(first_words, a_table_entry_of_the_and_a_word_counts_by_its_second_word) {
    const auto f = first_words_of(vagues >> word_boundary{});
    EXPECT_EQ(f.exact, (std::vector<std::string>{"soon"}));
    EXPECT_EQ(sorted(f.after_the.exact), (std::vector<std::string>{"near", "past"}));
}

TEST(first_words, a_table_before_a_boundary_gives_exact_words) {
    const auto f = first_words_of(months >> word_boundary{});
    EXPECT_EQ(sorted(f.exact), (std::vector<std::string>{"march", "may", "sept"}));
    EXPECT_TRUE(f.prefixes.empty());
    EXPECT_TRUE(f.whole.empty());
}

TEST(first_words, a_table_before_more_letters_gives_prefixes) {
    const auto f = first_words_of(months >> x3::lit('s') >> word_boundary{});
    EXPECT_EQ(sorted(f.prefixes), (std::vector<std::string>{"march", "may"}));
    EXPECT_EQ(f.exact, (std::vector<std::string>{"sept"}));  // its point ends the word
}

TEST(first_words, an_optional_word_lets_the_next_parser_begin) {
    const auto f = first_words_of(-(keyword("fiscal") >> blanks) >> digits);
    EXPECT_EQ(f.exact, (std::vector<std::string>{"fiscal"}));
    EXPECT_EQ(f.prefixes, (std::vector<std::string>{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}));
    EXPECT_FALSE(f.may_be_empty);
}

TEST(first_words, a_literal_with_a_point_ends_its_word_there) {
    EXPECT_EQ(first_words_of(x3::lit("a.m.")).exact, (std::vector<std::string>{"a"}));
    EXPECT_EQ(first_words_of(x3::lit("st")).whole, (std::vector<std::string>{"st"}));
    EXPECT_EQ(first_words_of(x3::lit("st") >> digits).prefixes, (std::vector<std::string>{"st"}));
}

TEST(first_words, look_aheads_read_nothing_and_other_bytes_are_kept_apart) {
    const auto f = first_words_of(&x3::char_("abc") >> !x3::lit('q') >> x3::lit('\'') >> digits);
    EXPECT_TRUE(f.exact.empty());
    EXPECT_TRUE(f.prefixes.empty());
    std::size_t ascii = 0;  // bytes above ASCII count as possible: folded text has none
    for (std::size_t c = 0; c < 128; ++c) ascii += f.other_bytes.test(c) ? 1 : 0;
    EXPECT_TRUE(f.other_bytes.test('\''));
    EXPECT_EQ(ascii, 1U);
}

TEST(first_words, a_parser_not_looked_into_may_begin_anywhere) {
    EXPECT_TRUE(first_words_of(x3::int_).anything);
    EXPECT_TRUE(first_words_of(keyword("x") | x3::int_).anything);
    EXPECT_TRUE(first_words_of(x3::eps >> x3::lit('x')).whole == std::vector<std::string>{"x"});
}

TEST(first_word_choice, tries_a_rule_only_at_the_words_it_can_begin_with) {
    const auto choice = dateline::grammar::choose_by_first_word<x3::unused_type>(
        false, keyword("the") >> blanks >> keyword("day"), months >> word_boundary{}, digits >> x3::lit("th"),
        x3::int_);
    const auto rules_at = [&](std::string_view text) {
        return std::bitset<4>(choice.rules_tried_at(text.data(), text.data() + text.size()));
    };
    EXPECT_EQ(rules_at("the day"), std::bitset<4>("1001"));
    EXPECT_EQ(rules_at("the \n day"), std::bitset<4>("1001"));
    EXPECT_EQ(rules_at("the night"), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at("the"), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at("theme"), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at("march 3"), std::bitset<4>("1010"));
    EXPECT_EQ(rules_at("mar 3"), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at("sept. 3"), std::bitset<4>("1010"));
    EXPECT_EQ(rules_at("24th"), std::bitset<4>("1100"));
    EXPECT_EQ(rules_at("-4"), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at(""), std::bitset<4>("1000"));
    EXPECT_EQ(rules_at("The day"), std::bitset<4>("1111"));  // the grammar reads folded text
    EXPECT_EQ(rules_at("maRch"), std::bitset<4>("1111"));
}

TEST(first_word_choice, tries_every_rule_everywhere_when_asked_to) {
    const auto choice =
        dateline::grammar::choose_by_first_word<x3::unused_type>(true, keyword("the"), months >> word_boundary{});
    const std::string_view text = "noon";
    EXPECT_EQ(choice.rules_tried_at(text.data(), text.data() + text.size()), 3U);
}

}  // namespace
