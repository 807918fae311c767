// Which short texts read as posts, on real text (text_kind.hpp): the tweets of tweets-train, and
// news leads, the first whole sentences of each TBAQ document up to 280 bytes (what a feed item or
// a brief looks like). Before the marks of a post were looked for, every such lead was a post.
#include <cctype>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "corpus_files.hpp"
#include "dateline/eval/timeml_reader.hpp"
#include "dateline/timeline/text_kind.hpp"

namespace dateline {
namespace {

namespace fs = std::filesystem;

using gold_files::files_with_extension;
using gold_files::read_file;

const fs::path data = fs::path(DATELINE_SHARED_DIR) / "data";

// The text with each run of blanks made one space, cut after the last sentence (". " before a
// capital or a quote) that ends within 280 bytes; "" when the first sentence is longer.
std::string lead_of(std::string_view body) {
    std::string flat;
    for (const char c : body) {
        const bool blank = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!blank) flat += c;
        else if (!flat.empty() && flat.back() != ' ') flat += ' ';
    }
    std::size_t cut = 0;
    for (std::size_t i = 0; i + 2 < flat.size() && i < 280; ++i) {
        const bool ends = (flat[i] == '.' || flat[i] == '!' || flat[i] == '?') && flat[i + 1] == ' ';
        const char next = flat[i + 2];
        if (ends && (std::isupper(static_cast<unsigned char>(next)) != 0 || next == '"' || next == '`')) cut = i + 1;
    }
    return flat.substr(0, cut);
}

struct kinds {
    std::size_t texts = 0;
    std::size_t posts = 0;
};

template <typename Text>
kinds count_posts(const fs::path& folder, Text text_of) {
    kinds k;
    for (const fs::path& p : files_with_extension(folder, ".tml")) {
        const annotated_result read = read_timeml(p.string(), read_file(p));
        if (!read.doc) continue;
        const std::string text = text_of(read.doc->doc.body());
        if (text.empty()) continue;
        ++k.texts;
        if (is_short_post(text)) ++k.posts;
    }
    return k;
}

TEST(text_kind_on_gold, tweets_stay_posts_and_news_leads_read_as_news) {
    if (!fs::is_directory(data / "tbaq")) GTEST_SKIP() << "no gold (../shared is absent)";
    const kinds tweets = count_posts(data / "timeml" / "tweets-train", [](std::string_view b) { return std::string{b}; });
    EXPECT_EQ(tweets.texts, 742U);
    EXPECT_EQ(tweets.posts, 739U);
    kinds leads;
    for (const char* corpus : {"TimeBank", "AQUAINT"}) {
        const kinds k = count_posts(data / "tbaq" / corpus, lead_of);
        leads.texts += k.texts;
        leads.posts += k.posts;
    }
    EXPECT_EQ(leads.texts, 246U);
    EXPECT_EQ(leads.posts, 11U);
}

}  // namespace
}  // namespace dateline
