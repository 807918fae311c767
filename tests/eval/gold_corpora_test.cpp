// The readers on the real gold: TempEval-3's TimeBank and AQUAINT (in ../shared) and the seed
// articles' hand-made gold (in fixtures/), and each gold scored against itself.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "corpus_files.hpp"
#include "dateline/eval/score.hpp"
#include "dateline/eval/seed_gold_reader.hpp"
#include "dateline/eval/timeml_reader.hpp"

namespace dateline {
namespace {

namespace fs = std::filesystem;

using gold_files::files_with_extension;
using gold_files::read_file;

std::size_t occurrences(std::string_view haystack, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

std::string joined(const std::vector<diagnostic>& ds) {
    std::string out;
    for (const diagnostic& d : ds) out += format(d) + "\n";
    return out;
}

void expect_timexes_on_their_text(const annotated_document& a) {
    for (const timex_annotation& t : a.timexes) {
        ASSERT_LT(t.start, t.end) << a.doc.path << " " << t.tid;
        ASSERT_LE(t.end, a.doc.content.size()) << a.doc.path << " " << t.tid;
        EXPECT_EQ(a.doc.content.substr(t.start, t.end - t.start), t.text) << a.doc.path << " " << t.tid;
    }
}

// Every figure that has something to count is 1.
void expect_perfect(const counts& c, const std::string& what) {
    SCOPED_TRACE(what);
    const figures f = compute_figures(c);
    for (const auto& figure : {f.strict.precision, f.strict.recall, f.strict.f1, f.relaxed.precision,
                               f.relaxed.recall, f.relaxed.f1, f.type_accuracy, f.value_accuracy, f.type_f1,
                               f.value_f1}) {
        if (figure) {
            EXPECT_EQ(*figure, 1.0);
        }
    }
}

void expect_perfect(const evaluation& e) {
    for (const document_score& d : e.documents) {
        expect_perfect(d.c, d.path);
        EXPECT_TRUE(d.errors.empty()) << d.path;
    }
    for (const corpus_score& c : e.corpora) expect_perfect(c.c, c.corpus);
    expect_perfect(e.overall.c, "all");
    ASSERT_GT(e.overall.c.gold, 0U);
    EXPECT_EQ(compute_figures(e.overall.c).value_f1, 1.0);
}

const fs::path tbaq = fs::path(DATELINE_SHARED_DIR) / "data" / "tbaq";

struct corpus_read {
    std::vector<annotated_document> documents;
    std::vector<std::string> corpus_of;
};

class tbaq_corpus : public testing::Test {
protected:
    void SetUp() override {
        if (!fs::is_directory(tbaq)) GTEST_SKIP() << "no TimeML gold at " << tbaq << " (../shared is absent)";
    }
};

TEST_F(tbaq_corpus, all_256_files_read_without_any_diagnostic) {
    std::size_t files = 0;
    std::size_t timexes = 0;
    for (const char* corpus : {"TimeBank", "AQUAINT"}) {
        std::size_t in_corpus = 0;
        for (const fs::path& p : files_with_extension(tbaq / corpus, ".tml")) {
            const std::string bytes = read_file(p);
            const annotated_result r = read_timeml(p.string(), bytes);
            EXPECT_TRUE(r.diagnostics.empty()) << joined(r.diagnostics);
            ASSERT_TRUE(r.doc) << p;
            EXPECT_TRUE(r.doc->doc.dated()) << p;
            EXPECT_FALSE(r.doc->doc.title.empty()) << p;
            // Every <TIMEX3> element but the creation time's is a gold timex of the text.
            EXPECT_EQ(r.doc->timexes.size(), occurrences(bytes, "</TIMEX3>") - 1) << p;
            expect_timexes_on_their_text(*r.doc);
            timexes += r.doc->timexes.size();
            ++in_corpus;
        }
        EXPECT_EQ(in_corpus, std::string_view(corpus) == "TimeBank" ? 183U : 73U) << corpus;
        files += in_corpus;
    }
    EXPECT_EQ(files, 256U);
    EXPECT_EQ(timexes, 1822U);  // TempEval-3's count for TBAQ-cleaned
}

TEST_F(tbaq_corpus, gold_scored_against_itself_is_perfect_everywhere) {
    std::vector<document_score> scores;
    for (const char* corpus : {"TimeBank", "AQUAINT"}) {
        for (const fs::path& p : files_with_extension(tbaq / corpus, ".tml")) {
            const annotated_result r = read_timeml(p.string(), read_file(p));
            ASSERT_TRUE(r.doc) << joined(r.diagnostics);
            scores.push_back(score_document(p.string(), corpus, *r.doc, r.doc->timexes));
        }
    }
    const evaluation e = summarize(std::move(scores));
    ASSERT_EQ(e.corpora.size(), 2U);
    EXPECT_EQ(e.overall.documents, 256U);
    expect_perfect(e);
}

const fs::path seeds = fs::path(DATELINE_SOURCE_DIR) / "fixtures";

std::vector<annotated_document> read_seed_gold_documents() {
    std::vector<annotated_document> out;
    for (const fs::path& p : files_with_extension(seeds / "seeds-gold", ".json")) {
        const seed_gold_result g = read_seed_gold(p.string(), read_file(p));
        EXPECT_TRUE(g.diagnostics.empty()) << joined(g.diagnostics);
        if (!g.gold) continue;
        const fs::path article = seeds / "seeds" / g.gold->doc;
        annotated_result a = attach_article(*g.gold, p.string(), article.string(), read_file(article));
        EXPECT_TRUE(a.diagnostics.empty()) << joined(a.diagnostics);
        if (a.doc) out.push_back(std::move(*a.doc));
    }
    return out;
}

TEST(seed_gold_files, every_gold_file_reads_and_its_spans_land_on_the_article) {
    const std::vector<annotated_document> docs = read_seed_gold_documents();
    EXPECT_EQ(docs.size(), files_with_extension(seeds / "seeds-gold", ".json").size());
    ASSERT_FALSE(docs.empty());
    for (const annotated_document& a : docs) {
        EXPECT_TRUE(a.doc.dated()) << a.doc.path;
        EXPECT_FALSE(a.timexes.empty()) << a.doc.path;
        expect_timexes_on_their_text(a);
    }
}

TEST(seed_gold_files, gold_scored_against_itself_is_perfect_everywhere) {
    std::vector<document_score> scores;
    for (const annotated_document& a : read_seed_gold_documents()) {
        scores.push_back(score_document(a.doc.path, "seeds-gold", a, a.timexes));
    }
    const evaluation e = summarize(std::move(scores));
    expect_perfect(e);
}

}  // namespace
}  // namespace dateline
