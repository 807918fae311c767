// Bad input never crashes: random bytes and truncated UTF-8 through every reader and splitter,
// checking the invariants of what comes back. (The same through the grammar: seeds_test.cpp.)
#include <random>

#include <gtest/gtest.h>

#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/readers.hpp"
#include "dateline/timeline/sentences.hpp"
#include "dateline/timeline/tense.hpp"

namespace dateline {
namespace {

// Bytes drawn mostly from pieces that matter to the readers: fences, dates, quotes, dots,
// line breaks, UTF-8 lead bytes without their continuation, NUL.
std::string random_text(std::mt19937& rng, std::size_t pieces) {
    static const std::vector<std::string> alphabet{
        "---\n", "published: ", "2025-04-24", "April 24, 2025", "U.S.", ". ", "? ", "!\" ", "...", "\n", "\r\n",
        "- ", "\xE2\x80\xA2 ", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xE2\x80", "\xC2", "\xC2\xA0", "\xFF", std::string(1, '\0'),
        "Trump said", " will ", " was ", "\t", ":", ";", "Most Read from Bloomberg\n", "LEAVE A REPLY\n", "a", "Z", "7"};
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string out;
    for (std::size_t i = 0; i < pieces; ++i) out += alphabet[pick(rng)];
    return out;
}

TEST(robustness, random_articles_give_well_formed_documents_and_sentences) {
    std::mt19937 rng(20250424);
    for (int round = 0; round < 400; ++round) {
        const std::string text = random_text(rng, static_cast<std::size_t>(round % 60));
        const auto article = read_article("r.txt", text);
        if (!article.doc) {
            EXPECT_TRUE(has_errors(article.diagnostics));
            continue;
        }
        const document& doc = *article.doc;
        ASSERT_LE(doc.body_begin, doc.content.size());
        const auto spans = split_sentences(doc.content, doc.body_begin);
        std::size_t last_end = doc.body_begin;
        for (const auto& s : spans) {
            ASSERT_LT(s.begin, s.end);
            ASSERT_LE(last_end, s.begin);
            ASSERT_LE(s.end, doc.content.size());
            last_end = s.end;
            const std::string_view sentence = std::string_view(doc.content).substr(s.begin, s.end - s.begin);
            const tense t = clause_tense(sentence, 0, sentence.size() / 2);
            EXPECT_TRUE(t == tense::unknown || t == tense::past || t == tense::present || t == tense::future);
            EXPECT_LE(dice(content_words(sentence), content_words(doc.content)), 1.0);
        }
    }
}

TEST(robustness, random_manifests_report_rows_and_never_crash) {
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        const std::string text = "file\tpublished\n" + random_text(rng, static_cast<std::size_t>(round % 30));
        const auto m = read_manifest("m.tsv", text);
        for (const auto& e : m.entries) EXPECT_FALSE(e.file.empty());
        for (const auto& d : m.diagnostics) EXPECT_GE(d.line, 2U);
    }
}

TEST(robustness, random_datelines_and_times_never_crash) {
    std::mt19937 rng(11);
    for (int round = 0; round < 300; ++round) {
        const std::string text = random_text(rng, static_cast<std::size_t>(round % 12));
        if (const auto p = find_text_dateline(text)) {
            EXPECT_TRUE(date::year_month_day{p->day}.ok());
        }
        if (const auto p = parse_publication_time(text)) {
            EXPECT_TRUE(date::year_month_day{p->day}.ok());
        }
    }
}

}  // namespace
}  // namespace dateline
