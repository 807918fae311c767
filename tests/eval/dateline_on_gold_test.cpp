// dateline itself on the real gold: every TBAQ document is tagged and built into a chronology
// without a crash (the sanitizer build runs this too), and accuracy may not fall more than one
// point below the figures measured when this test was written. The same figures come from
//   dateline eval ../shared/data/tbaq
//   dateline eval ../shared/data/timeml/wikiwars-train
//   dateline eval ../shared/data/timeml/tweets-train
//   dateline eval fixtures/seeds-gold --texts fixtures/seeds
// Raise the floors when accuracy improves; never lower them to make a change pass.
#include <filesystem>

#include <gtest/gtest.h>

#include "corpus_files.hpp"
#include "dateline/eval/dateline_system.hpp"
#include "dateline/eval/score.hpp"
#include "dateline/eval/seed_gold_reader.hpp"
#include "dateline/eval/timeml_reader.hpp"
#include "dateline/timeline/analyze.hpp"

namespace dateline {
namespace {

namespace fs = std::filesystem;

using gold_files::files_with_extension;
using gold_files::read_file;

const fs::path tbaq = fs::path(DATELINE_SHARED_DIR) / "data" / "tbaq";

struct tbaq_run {
    std::vector<annotated_document> gold;
    evaluation scores;
};

const tbaq_run& run_on_tbaq() {
    static const tbaq_run run = [] {
        tbaq_run r;
        std::vector<document_score> scores;
        for (const char* corpus : {"TimeBank", "AQUAINT"}) {
            for (const fs::path& p : files_with_extension(tbaq / corpus, ".tml")) {
                annotated_result read = read_timeml(p.string(), read_file(p));
                if (!read.doc) continue;
                scores.push_back(score_document(p.string(), corpus, *read.doc, dateline_timexes(read.doc->doc)));
                r.gold.push_back(std::move(*read.doc));
            }
        }
        r.scores = summarize(std::move(scores));
        return r;
    }();
    return run;
}

class dateline_on_tbaq : public testing::Test {
protected:
    void SetUp() override {
        if (!fs::is_directory(tbaq)) GTEST_SKIP() << "no TimeML gold at " << tbaq << " (../shared is absent)";
    }
};

TEST_F(dateline_on_tbaq, every_document_is_tagged_and_built_into_one_chronology) {
    const auto& run = run_on_tbaq();
    ASSERT_EQ(run.gold.size(), 256U);
    std::vector<document> documents;
    std::size_t timexes = 0;
    for (const auto& a : run.gold) {
        const tagged_document tagged = tag_document(a.doc);
        for (const timex& t : tagged.timexes) {
            ASSERT_LT(t.begin, t.end);
            ASSERT_LE(t.end, a.doc.content.size());
            EXPECT_EQ(t.text, a.doc.content.substr(t.begin, t.end - t.begin));
        }
        timexes += tagged.timexes.size();
        documents.push_back(a.doc);
    }
    EXPECT_GT(timexes, 1500U);
    const chronology c = build_chronology(std::move(documents));
    EXPECT_EQ(c.documents.size(), 256U);
    EXPECT_GT(c.dated.size(), 500U);
    EXPECT_TRUE(c.undated.empty());  // every TBAQ document has a DCT
}

// Figures measured on 2026-12-03 (all of TBAQ): strict F1 0.885, relaxed F1 0.942,
// type F1 0.898, value F1 0.817 (0.883, 0.940, 0.896, 0.815 before "the weeks before the shooting"
// dated by the report's event, "the years that followed", "high noon"; 0.880, 0.937, 0.893, 0.810 before "soon" in a story, "the fall
// of Budapest", "the Long March", quoted programmes, a reported quarter that moves forward only,
// "the early summer", "8.5% annually"; 0.878, 0.936, 0.891, 0.808 before months as modifiers, "the
// October slaying", and "will one day"; 0.875, 0.933, 0.885, 0.803 before "as soon as", bare plurals
// after "for", "recent months" and "over the next few days" as spans, deadlines just passed).
TEST_F(dateline_on_tbaq, accuracy_stays_within_one_point_of_the_measured_figures) {
    const figures f = compute_figures(run_on_tbaq().scores.overall.c);
    EXPECT_GE(f.strict.f1.value_or(0), 0.875);
    EXPECT_GE(f.relaxed.f1.value_or(0), 0.932);
    EXPECT_GE(f.type_f1.value_or(0), 0.888);
    EXPECT_GE(f.value_f1.value_or(0), 0.807);
}

// The other kinds of text: Wikipedia histories of wars (stories told far from the document date)
// and short informal posts.
const fs::path timeml = fs::path(DATELINE_SHARED_DIR) / "data" / "timeml";

struct floors {
    std::size_t documents;
    double strict, relaxed, type, value;
};

// dateline on every .tml of `folder`: the document count, and each figure at or above its floor.
void expect_at_least(const fs::path& folder, const floors& f) {
    if (!fs::is_directory(folder)) GTEST_SKIP() << "no gold at " << folder << " (../shared is absent)";
    std::vector<document_score> scores;
    for (const fs::path& p : files_with_extension(folder, ".tml")) {
        annotated_result read = read_timeml(p.string(), read_file(p));
        if (!read.doc) continue;
        scores.push_back(score_document(p.string(), folder.filename().string(), *read.doc,
                                        dateline_timexes(read.doc->doc)));
    }
    ASSERT_EQ(scores.size(), f.documents);
    const figures got = compute_figures(summarize(std::move(scores)).overall.c);
    EXPECT_GE(got.strict.f1.value_or(0), f.strict);
    EXPECT_GE(got.relaxed.f1.value_or(0), f.relaxed);
    EXPECT_GE(got.type_f1.value_or(0), f.type);
    EXPECT_GE(got.value_f1.value_or(0), f.value);
}

// Measured on 2026-12-02: strict F1 0.858, relaxed F1 0.927, type F1 0.833, value F1 0.868
// (0.864, relaxed 0.924 before ranges, days, decades and centuries of years BC, "(499-493 BC)", "the 4th century BC";
// 0.853 before the other parser changes of the same day; 0.850 before months and seasons of years BC, "April 480 BC"; 0.841 before dates mentioned in passing stopped moving a story and winters were named after
// their January; 0.836, relaxed 0.907 before day numbers joined to a date, "[6]-7 January"; 0.832 before the news
// conventions; 0.828 before a yearless date took the year of the date it is listed with; 0.815 before stories of years BC and plans that do not move a story; 0.813, 0.883,
// 0.789, 0.795 before years BC; value F1 0.581 before stories were told apart).
TEST(dateline_on_wikiwars, accuracy_stays_within_one_point_of_the_measured_figures) {
    expect_at_least(timeml / "wikiwars-train", {16, 0.848, 0.917, 0.823, 0.858});
}

// Measured on 2026-12-02: strict F1 0.882, relaxed F1 0.963, type F1 0.931, value F1 0.881
// (0.866 before hashtag topics, bare four-digit numbers, "today at 9am", "weekends", "sunset", "next day" in
// posts; 0.853 before ordinals "first day", "tomo", "the month", "every morning" in posts; 0.833, relaxed 0.943 before day numbers of ranges and lists, countdowns "2 more days" and "these days" as
// open spans in posts; 0.830 before the news conventions; 0.823 before "two years ago" to the day and centuries as "P1C-#19" in posts; value F1 0.710 before the tweet gold's spellings of years, weekdays and weeks; 0.760, 0.818,
// 0.778, 0.588 before posts were read with the tweet conventions: bare nouns, this year's dates;
// 0.741, 0.803, 0.771, 0.586 before the informal spellings).
TEST(dateline_on_tweets, accuracy_stays_within_one_point_of_the_measured_figures) {
    expect_at_least(timeml / "tweets-train", {742, 0.872, 0.953, 0.921, 0.871});
}

// Seeds, measured the same day: strict F1 0.977, relaxed F1 0.992, value F1 0.992.
TEST(dateline_on_seed_gold, accuracy_stays_within_one_point_of_the_measured_figures) {
    const fs::path fixtures = fs::path(DATELINE_SOURCE_DIR) / "fixtures";
    std::vector<document_score> scores;
    for (const fs::path& p : files_with_extension(fixtures / "seeds-gold", ".json")) {
        const seed_gold_result g = read_seed_gold(p.string(), read_file(p));
        ASSERT_TRUE(g.gold) << p;
        const fs::path article = fixtures / "seeds" / g.gold->doc;
        annotated_result a = attach_article(*g.gold, p.string(), article.string(), read_file(article));
        ASSERT_TRUE(a.doc) << p;
        scores.push_back(score_document(p.string(), "seeds", *a.doc, dateline_timexes(a.doc->doc)));
    }
    ASSERT_EQ(scores.size(), 5U);
    const figures f = compute_figures(summarize(std::move(scores)).overall.c);
    EXPECT_GE(f.strict.f1.value_or(0), 0.967);
    EXPECT_GE(f.relaxed.f1.value_or(0), 0.982);
    EXPECT_GE(f.value_f1.value_or(0), 0.982);
}

}  // namespace
}  // namespace dateline
