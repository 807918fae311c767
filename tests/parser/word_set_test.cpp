#include "dateline/parser/word_set.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

namespace dateline {
namespace {

constexpr auto words = std::to_array<std::string_view>({"a", "the", "thursday", "thursdays", "thu", "", "approximately", "the"});
constexpr word_set<16> set{words};

TEST(word_set, holds_each_listed_word_and_nothing_else) {
    for (const std::string_view w : words) {
        if (!w.empty()) {
            EXPECT_TRUE(set.contains(w)) << w;
        }
    }
    for (const std::string_view w : {"", "an", "th", "thurs", "thursdayss", "approximatelx", "Thu", "b"})
        EXPECT_FALSE(set.contains(w)) << w;
}

TEST(word_set, words_sharing_their_first_four_letters_are_told_apart) {
    constexpr auto months = std::to_array<std::string_view>({"sept", "september", "septs"});
    constexpr word_set<8> set_of_months{months};
    EXPECT_TRUE(set_of_months.contains("sept"));
    EXPECT_TRUE(set_of_months.contains("september"));
    EXPECT_TRUE(set_of_months.contains("septs"));
    EXPECT_FALSE(set_of_months.contains("septa"));
    EXPECT_FALSE(set_of_months.contains("septembers"));
}

}  // namespace
}  // namespace dateline
