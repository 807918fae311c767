#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/document_events.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

document make_document(std::string path, std::string content, bool dated) {
    document doc;
    doc.path = std::move(path);
    doc.content = std::move(content);
    if (dated) {
        doc.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
        doc.published_from = date_origin::manifest;
    }
    return doc;
}

TEST(build_chronology, warns_about_each_undated_document_by_path) {
    const auto c = build_chronology({make_document("a.txt", "Kyiv was hit.", true),
                                     make_document("b.txt", "Kyiv was hit last night.", false),
                                     make_document("c.txt", "", false)});
    ASSERT_EQ(c.diagnostics.size(), 2U);
    EXPECT_EQ(format(c.diagnostics[0]), "b.txt: warning: no publication date found; relative dates left unresolved");
    EXPECT_EQ(format(c.diagnostics[1]), "c.txt: warning: no publication date found; relative dates left unresolved");
    EXPECT_FALSE(has_errors(c.diagnostics));
}

TEST(build_chronology, keeps_the_documents_in_their_order) {
    const auto c = build_chronology({make_document("a.txt", "One.", true), make_document("b.txt", "Two.", true)});
    ASSERT_EQ(c.documents.size(), 2U);
    EXPECT_EQ(c.documents[0].path, "a.txt");
    EXPECT_EQ(c.documents[1].content, "Two.");
    EXPECT_TRUE(c.diagnostics.empty());
}

TEST(build_chronology, of_nothing_is_empty) {
    const auto c = build_chronology({});
    EXPECT_TRUE(c.documents.empty());
    EXPECT_TRUE(c.dated.empty());
    EXPECT_TRUE(c.undated.empty());
    EXPECT_TRUE(c.diagnostics.empty());
}

TEST(take_document_events, numbers_the_events_by_the_given_index_and_drops_the_text) {
    // Two paragraphs each, so that they read as news, not as posts.
    std::vector<document> batch = {
        make_document("a.txt", "Kyiv was hit on Wednesday.\n\nThe city was calm.", true),
        make_document("b.txt", "---\ntitle: B\n---\nTalks resumed on Tuesday.\n\nThe city was calm.", true)};
    batch[1].body_begin = 17;
    const std::vector<std::vector<event>> events_of = {take_document_events(batch[0], 5),
                                                       take_document_events(batch[1], 6)};
    ASSERT_EQ(events_of[0].size(), 1U);
    ASSERT_EQ(events_of[1].size(), 1U);
    EXPECT_EQ(events_of[0][0].document, 5U);
    EXPECT_EQ(events_of[0][0].text, "Kyiv was hit on Wednesday.");
    EXPECT_EQ(events_of[0][0].value, "2025-04-23");
    EXPECT_EQ(events_of[1][0].document, 6U);
    EXPECT_EQ(events_of[1][0].text, "Talks resumed on Tuesday.");
    EXPECT_EQ(events_of[1][0].value, "2025-04-22");
    for (const document& doc : batch) {
        EXPECT_TRUE(doc.content.empty()) << doc.path;
        EXPECT_EQ(doc.body_begin, 0U) << doc.path;
        EXPECT_EQ(doc.body(), "");
    }
    EXPECT_EQ(batch[1].path, "b.txt");
}

TEST(take_document_events, one_document_at_a_time_gives_the_chronology_of_all_documents_at_once) {
    const auto documents = [] {
        const std::string calm = "\n\nThe city was calm.";
        return std::vector<document>{make_document("a.txt", "Kyiv was hit on Wednesday." + calm, true),
                                     make_document("b.txt", "Kyiv was hit on Wednesday night." + calm, true),
                                     make_document("c.txt", "Talks resumed on Tuesday. Kyiv was hit on Wednesday." + calm, true)};
    };
    const chronology whole = build_chronology(documents(), 1);

    std::vector<document> one_by_one = documents();
    std::vector<std::vector<event>> events_of;
    for (std::size_t i = 0; i < one_by_one.size(); ++i) events_of.push_back(take_document_events(one_by_one[i], i));
    const chronology batched = assemble_chronology(std::move(one_by_one), std::move(events_of));

    ASSERT_EQ(batched.dated.size(), whole.dated.size());
    for (std::size_t g = 0; g < whole.dated.size(); ++g) {
        EXPECT_EQ(batched.dated[g].value, whole.dated[g].value);
        ASSERT_EQ(batched.dated[g].reports.size(), whole.dated[g].reports.size());
        for (std::size_t r = 0; r < whole.dated[g].reports.size(); ++r) {
            EXPECT_EQ(batched.dated[g].reports[r].document, whole.dated[g].reports[r].document);
            EXPECT_EQ(batched.dated[g].reports[r].text, whole.dated[g].reports[r].text);
        }
    }
    ASSERT_EQ(whole.dated.size(), 3U);
    EXPECT_EQ(whole.dated[0].value, "2025-04-22");
    EXPECT_EQ(whole.dated[1].value, "2025-04-23");
    EXPECT_EQ(whole.dated[1].reports.size(), 2U);
    EXPECT_EQ(whole.dated[2].value, "2025-04-23TNI");
}

}  // namespace
}  // namespace dateline
