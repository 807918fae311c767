// Every entry of the sentence word lists, checked through the splitter.
#include <gtest/gtest.h>

#include "dateline/timeline/sentence_words.hpp"
#include "dateline/timeline/sentences.hpp"

namespace dateline {
namespace {

std::size_t count_sentences(const std::string& text) { return split_sentences(text).size(); }

TEST(abbreviations, every_example_is_one_sentence) {
    for (const auto& a : abbreviations()) {
        EXPECT_EQ(count_sentences(std::string(a.example)), 1U) << a.example;
        EXPECT_NE(std::string_view(a.example).find(a.text), std::string_view::npos) << a.text;
    }
}

TEST(abbreviations, none_ends_a_sentence_before_a_name) {
    for (const auto& a : abbreviations()) {
        if (a.kind == abbreviation_kind::before_number) continue;
        EXPECT_EQ(count_sentences("They met " + std::string(a.text) + " Smith there."), 1U) << a.text;
    }
}

TEST(abbreviations, each_ends_or_goes_on_before_a_sentence_starter_as_its_kind_says) {
    for (const auto& a : abbreviations()) {
        const std::string text = "They met at the " + std::string(a.text) + " The talks went on.";
        const std::size_t expected = a.kind == abbreviation_kind::never_ends ? 1U : 2U;
        EXPECT_EQ(count_sentences(text), expected) << text;
    }
}

TEST(abbreviations, before_number_goes_on_before_a_digit) {
    for (const auto& a : abbreviations()) {
        if (a.kind != abbreviation_kind::before_number) continue;
        EXPECT_EQ(count_sentences("Building " + std::string(a.text) + " 5 was hit."), 1U) << a.text;
    }
}

TEST(abbreviations, match_without_regard_to_case) {
    EXPECT_EQ(count_sentences("Sirens sounded at 4 A.M. Thursday in Kyiv."), 1U);
    EXPECT_EQ(count_sentences("GEN. Kellogg spoke."), 1U);
}

TEST(sentence_starters, each_starts_a_sentence_after_an_abbreviation_that_may_end_one) {
    for (const auto starter : sentence_starters()) {
        const std::string text = "Ukraine signed a deal with the U.S. " + std::string(starter) + " went on.";
        EXPECT_EQ(count_sentences(text), 2U) << text;
    }
}

TEST(bullet_markers, each_marker_is_left_out_of_its_item) {
    for (const auto marker : bullet_markers()) {
        const std::string text = "  " + std::string(marker) + " First item.\n" + std::string(marker) + "\tSecond item";
        const auto spans = split_sentences(text);
        ASSERT_EQ(spans.size(), 2U) << marker;
        EXPECT_EQ(sentence_text(text, spans[0]), "First item.") << marker;
        EXPECT_EQ(sentence_text(text, spans[1]), "Second item") << marker;
    }
}

TEST(clutter_phrases, each_example_is_found_as_its_own_entry) {
    for (const auto& phrase : clutter_phrases()) {
        EXPECT_EQ(find_clutter(phrase.example), &phrase) << phrase.example;
        EXPECT_EQ(find_clutter("  " + std::string(phrase.example) + " \r"), &phrase) << phrase.example;
    }
}

TEST(clutter_phrases, each_example_line_is_no_sentence_and_the_article_ends_where_it_says) {
    for (const auto& phrase : clutter_phrases()) {
        const std::string text = "Before it.\n" + std::string(phrase.example) + "\nAfter it.";
        std::vector<std::string> found;
        for (const auto& s : split_sentences(text)) found.push_back(sentence_text(text, s));
        const std::vector<std::string> expected =
            phrase.ends_article ? std::vector<std::string>{"Before it."} : std::vector<std::string>{"Before it.", "After it."};
        EXPECT_EQ(found, expected) << phrase.example;
    }
}

TEST(clutter_phrases, ordinary_lines_are_not_clutter) {
    EXPECT_EQ(find_clutter("Watchdogs said the strike was deliberate."), nullptr);
    EXPECT_EQ(find_clutter("Related talks were held in Riyadh."), nullptr);
    EXPECT_EQ(find_clutter("Trump wrote on Truth Social on Thursday."), nullptr);
    EXPECT_EQ(find_clutter(""), nullptr);
}

}  // namespace
}  // namespace dateline
