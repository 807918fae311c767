// Numbered content words (timeline/src/word_ids.hpp) must compare as the words themselves do:
// the same Dice for any two texts, and the same numbers for a word wherever it appears.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dateline/timeline/merge.hpp"
#include "word_ids.hpp"

namespace dateline::detail {
namespace {

TEST(content_stem_ids, are_one_number_per_content_word) {
    EXPECT_EQ(content_stem_ids("Russia's attacks on Kyiv were not the first; Russian drones attacked.").size(),
              content_words("Russia's attacks on Kyiv were not the first; Russian drones attacked.").size());
    EXPECT_EQ(content_stem_ids("Russia attacked").size(), 2u);
    EXPECT_EQ(content_stem_ids("Russian attacks"), content_stem_ids("attack by Russia"));
    EXPECT_TRUE(content_stem_ids("the and of it's").empty());
    EXPECT_TRUE(content_stem_ids("").empty());
}

TEST(content_stem_ids, number_long_stems_by_their_bytes_alone) {
    // Five Cyrillic letters are ten bytes: too long to pack, so hashed.
    const word_list alone = content_stem_ids("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB8\xD0\xB9");
    ASSERT_EQ(alone.size(), 1u);
    const word_list among = content_stem_ids("Zürichsee floods near \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0");
    EXPECT_EQ(among.size(), 4u);
    EXPECT_TRUE(std::binary_search(among.begin(), among.end(), alone.front()));
    EXPECT_NE(content_stem_ids("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB1"), alone) << "another stem, another number";
}

TEST(content_stem_ids, give_the_dice_of_the_words_on_random_sentences) {
    const std::vector<std::string> vocabulary = {
        "ceasefire", "talks", "Geneva", "envoy's", "prisoners", "exchanged", "the", "drones", "Kyiv",
        "Київська", "Київський", "Zürichsee", "Zürich", "don't", "Putin\xE2\x80\x99s", "of", "2025", "floods"};
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        std::string a;
        std::string b;
        for (std::size_t w = random() % 8; w > 0; --w) a += vocabulary[random() % vocabulary.size()] + " ";
        for (std::size_t w = random() % 8; w > 0; --w) b += vocabulary[random() % vocabulary.size()] + ", ";
        ASSERT_EQ(dice_ids(content_stem_ids(a), content_stem_ids(b)), dice(content_words(a), content_words(b)))
            << a << "| " << b;
    }
}

}  // namespace
}  // namespace dateline::detail
