// END TO END on the five seed articles: recognise, resolve, tag, extract, merge, order.
// These need the grammar (recognize) and the resolver; until they land, these tests fail.
// Expected dates are those of ../shared/seeds/gold/EVENTS.md.
#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

// The seeds with the dates of published.tsv (a manifest date wins over a dateline in the text).
chronology seed_chronology() {
    const std::string dir = test::source_path("fixtures/seeds/");
    const auto manifest = read_manifest("published.tsv", test::read_file(dir + "published.tsv"));
    std::vector<document> docs;
    for (const auto& entry : manifest.entries) {
        auto article = read_article(entry.file, test::read_file(dir + entry.file));
        if (!article.doc) continue;
        document doc = std::move(*article.doc);
        if (entry.published && doc.published_from != date_origin::front_matter) {
            doc.published = entry.published;
            doc.published_from = date_origin::manifest;
        }
        docs.push_back(std::move(doc));
    }
    return build_chronology(std::move(docs));
}

const chronology& seeds() {
    static const chronology c = seed_chronology();
    return c;
}

// The group holding the report of document `doc` (a file name prefix) whose text contains `phrase`.
const event_group* group_of(std::string_view doc, std::string_view phrase) {
    for (const auto& g : seeds().dated)
        for (const auto& e : g.reports)
            if (seeds().documents[e.document].path.starts_with(doc) && e.text.find(phrase) != std::string::npos) return &g;
    return nullptr;
}

std::string value_of(std::string_view doc, std::string_view phrase) {
    const event_group* g = group_of(doc, phrase);
    return g ? g->value : "no dated event";
}

struct seed_case {
    std::string_view doc;
    std::string_view phrase;
    std::string_view value;
};

class seed_events : public ::testing::TestWithParam<seed_case> {};

TEST_P(seed_events, are_dated_as_in_the_reference_chronology) {
    EXPECT_EQ(value_of(GetParam().doc, GetParam().phrase), GetParam().value) << GetParam().doc << ": " << GetParam().phrase;
}

INSTANTIATE_TEST_SUITE_P(
    reference_chronology, seed_events,
    ::testing::Values(
        seed_case{"000", "Trump reprimanded the Ukrainian leader on Wednesday", "2025-04-23"},
        seed_case{"000", "European officials in London on Wednesday", "2025-04-23"},
        seed_case{"000", "is expected to meet Putin on Friday", "2025-04-25"},
        seed_case{"000", "further discussions would be held over the weekend", "2025-W17-WE"},
        seed_case{"000", "further discussions scheduled over the weekend", "2025-W17-WE"},
        seed_case{"000", "was hit hard last night", "2025-04-23TNI"},
        seed_case{"000", "massive overnight assault", "2025-04-23TNI"},
        seed_case{"000", "which began in 2022", "2022"},
        seed_case{"001", "on the X platform on Thursday", "2025-08-28"},
        seed_case{"001", "in strikes across the country overnight", "2025-08-27TNI"},
        seed_case{"001", "Trump warned Tuesday", "2025-08-26"},
        seed_case{"002", "held an hour-long conversation on Wednesday", "2025-03-19"},
        seed_case{"002", "discussion with Putin on Tuesday", "2025-03-18"},
        seed_case{"002", "phone call on Tuesday, air raid sirens", "2025-03-18"},
        seed_case{"002", "Even last night", "2025-03-18TNI"},
        seed_case{"003", "On Friday, Trump threatened", "2025-04-18"},
        seed_case{"003", "On Sunday, he then expressed hope", "2025-04-20"},
        seed_case{"003", "within reach on Wednesday", "2025-04-23"},
        seed_case{"003", "Trump wrote on Truth Social on Wednesday", "2025-04-23"},
        seed_case{"003", "he wrote on Truth Social on Thursday", "2025-04-24"},
        seed_case{"003", "Russia launched heavy airstrikes against Ukraine last night", "2025-04-23TNI"},
        seed_case{"003", "Russia attacked Ukraine again overnight", "2025-04-23TNI"}));

TEST(seed_chronology, merges_the_wednesday_rebuke_of_000_and_003) {
    EXPECT_NE(group_of("000", "Trump reprimanded the Ukrainian leader"), nullptr);
    EXPECT_EQ(group_of("000", "Trump reprimanded the Ukrainian leader"), group_of("003", "Trump wrote on Truth Social on Wednesday"));
}

TEST(seed_chronology, merges_the_night_strike_of_000_and_003) {
    EXPECT_NE(group_of("000", "was hit hard last night"), nullptr);
    EXPECT_EQ(group_of("000", "was hit hard last night"), group_of("003", "Russia launched heavy airstrikes"));
}

TEST(seed_chronology, keeps_the_london_talks_apart_from_the_rebuke) {
    EXPECT_NE(group_of("000", "European officials in London"), nullptr);
    EXPECT_NE(group_of("000", "European officials in London"), group_of("000", "Trump reprimanded the Ukrainian leader"));
}

TEST(seed_chronology, is_ordered_and_every_seed_is_dated) {
    const chronology& c = seeds();
    EXPECT_TRUE(c.diagnostics.empty());
    EXPECT_TRUE(c.undated.empty());
    ASSERT_FALSE(c.dated.empty());
    for (std::size_t i = 1; i < c.dated.size(); ++i)
        EXPECT_LE(c.dated[i - 1].when.begin, c.dated[i].when.begin) << c.dated[i - 1].value << " / " << c.dated[i].value;
    EXPECT_EQ(c.dated.front().value, "2022");
}

// Through the grammar and the resolver, bad bytes must not crash either. (Found by the
// robustness tests: recognize() asserted in Spirit's isdigit on a no-break space after a date.)
TEST(seed_chronology_robustness, a_no_break_space_after_a_date_does_not_crash_the_pipeline) {
    document doc;
    doc.path = "nbsp.txt";
    doc.content = "The talks ended on 2025-04-24\xC2\xA0in Riyadh. Kyiv was hit on 2025-04-24\xFF.";
    doc.published = publication_time{date::local_days{date::year{2025} / 4 / 24}, std::nullopt, ""};
    const auto c = build_chronology({doc});
    EXPECT_EQ(c.documents.size(), 1U);
}

}  // namespace
}  // namespace dateline
