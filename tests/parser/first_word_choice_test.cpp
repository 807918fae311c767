// The grammar tries at a position only the alternatives that can begin with the word there
// (parser/src/first_word_choice.hpp). It must find exactly what trying every alternative in order
// finds: same end, same AST, at every word start of the seed articles and of the first 600 KB of
// TBAQ, WikiWars and the tweets. A rule whose first words are worked out wrong fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ascii_fold.hpp"
#include "ast_summary.hpp"
#include "expression_match.hpp"

namespace {

namespace fs = std::filesystem;
using dateline::alternatives_tried;

std::vector<fs::path> texts_under(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && (entry.path().extension() == ".txt" || entry.path().extension() == ".tml"))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct comparison {
    std::size_t positions = 0;
    std::size_t matches = 0;
    std::vector<std::string> differences;
};

// Every position not inside a word (where recognize() may try the grammar, and after a modifier).
void compare_in(const std::string& text, const std::string& name, comparison& c) {
    std::string folded;
    dateline::fold_to_ascii(text, folded);
    for (std::size_t p = 0; p < folded.size(); ++p) {
        if (p > 0 && is_word_byte(folded[p - 1])) continue;
        ++c.positions;
        const auto chosen = dateline::match_expression(folded, p, alternatives_tried::by_first_word);
        const auto every = dateline::match_expression(folded, p, alternatives_tried::every_one);
        if (every) ++c.matches;
        const bool same = chosen.has_value() == every.has_value() &&
                          (!every || (chosen->end == every->end && dateline::testing::summarize(chosen->ast) ==
                                                                      dateline::testing::summarize(every->ast)));
        if (!same && c.differences.size() < 20)
            c.differences.push_back(name + ":" + std::to_string(p) + ": \"" + folded.substr(p, 40) + "\"");
    }
}

// The files of `dir` in name order up to about `budget` bytes: a Debug or sanitizer build parses
// each position twice, slowly.
comparison compare_under(const fs::path& dir, std::size_t budget = 600'000) {
    comparison c;
    std::size_t read = 0;
    for (const auto& file : texts_under(dir)) {
        if (read >= budget) break;
        const std::string text = read_file(file);
        read += text.size();
        compare_in(text, file.filename().string(), c);
    }
    return c;
}

const fs::path source = DATELINE_SOURCE_DIR;
const fs::path shared_data = fs::path(DATELINE_SHARED_DIR) / "data";

void expect_same(const comparison& c, std::size_t least_matches) {
    EXPECT_GE(c.matches, least_matches);
    EXPECT_EQ(c.differences, std::vector<std::string>{}) << c.positions << " positions";
}

TEST(first_word_choice, finds_what_every_alternative_in_order_finds_in_the_seed_articles) {
    expect_same(compare_under(source / "fixtures" / "seeds"), 60);
}

TEST(first_word_choice, finds_what_every_alternative_in_order_finds_in_tbaq) {
    if (!fs::exists(shared_data / "tbaq")) GTEST_SKIP() << "no " << shared_data / "tbaq";
    expect_same(compare_under(shared_data / "tbaq"), 500);
}

TEST(first_word_choice, finds_what_every_alternative_in_order_finds_in_wikiwars_and_tweets) {
    if (!fs::exists(shared_data / "timeml")) GTEST_SKIP() << "no " << shared_data / "timeml";
    expect_same(compare_under(shared_data / "timeml" / "wikiwars-train"), 500);
    expect_same(compare_under(shared_data / "timeml" / "tweets-train"), 500);
}

// Spellings whose first words come from X3's own parsers rather than the grammar's words: a count
// may be ".5", "nan" or "inf" to X3's real-number parser, a line break may open a rule's spacing;
// "the" with odd spacing or case before its second word.
TEST(first_word_choice, finds_what_every_alternative_in_order_finds_in_odd_spellings) {
    comparison c;
    compare_in(".5 days, inf years, nan weeks, infinity days, 2moro, 2nite, 'til, '90s, q3 2024, #2014, "
               "\n5 p.m., -5 days, +3 weeks, 1/2 hours, 24/7, 9/11, 1990s, mid-april, year-end, xmas, nye, "
               "the  coming days, the\tnext week, the\n past year, the\n\nyear, the-year, the 1990s, the '90s, "
               "the the same day, the Same day, the fourth of july, the year two thousand, the 2024 quarter",
               "spellings", c);
    expect_same(c, 10);
}

}  // namespace
