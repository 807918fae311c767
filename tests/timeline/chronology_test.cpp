#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
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

}  // namespace
}  // namespace dateline
