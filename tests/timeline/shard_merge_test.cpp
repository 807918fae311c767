// Shard documents are put back in a direct build's order, whatever order the shards came in.
#include <gtest/gtest.h>

#include "dateline/timeline/shard.hpp"

namespace dateline {
namespace {

shard_document from(std::string input, std::size_t item, std::string path, std::string shard, std::size_t line) {
    shard_document d;
    d.origin = {std::move(input), item};
    d.doc.path = std::move(path);
    d.where = {severity::error, std::move(shard), line, 0, {}};
    return d;
}

std::vector<std::string> paths(const std::vector<shard_document>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.doc.path);
    return out;
}

TEST(order_shard_documents, standard_input_first_then_inputs_by_name_then_place_in_the_input) {
    std::vector<shard_document> ds;
    ds.push_back(from("b.jsonl", 10, "b.jsonl:11", "s2", 1));
    ds.push_back(from("a.txt", 0, "a.txt", "s2", 2));
    ds.push_back(from("b.jsonl", 9, "b.jsonl:10", "s1", 1));
    ds.push_back(from("<stdin>", 1, "<stdin>:2", "s1", 2));
    ds.push_back(from("B.txt", 0, "B.txt", "s1", 3));
    ds.push_back(from("<stdin>", 0, "<stdin>:1", "s3", 1));
    EXPECT_EQ(order_shard_documents(ds), std::vector<diagnostic>{});
    EXPECT_EQ(paths(ds), (std::vector<std::string>{"<stdin>:1", "<stdin>:2", "B.txt", "a.txt", "b.jsonl:10",
                                                   "b.jsonl:11"}));
}

TEST(order_shard_documents, a_document_in_two_shards_is_kept_once_with_an_error) {
    std::vector<shard_document> ds;
    ds.push_back(from("a.txt", 0, "a.txt", "part-0", 4));
    ds.push_back(from("b.txt", 0, "b.txt", "part-0", 5));
    ds.push_back(from("a.txt", 0, "a.txt", "part-1", 2));
    const std::vector<diagnostic> problems = order_shard_documents(ds);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(format(problems[0]), "part-1:2: error: document \"a.txt\" is also in part-0:4; this copy is left out");
    EXPECT_EQ(paths(ds), (std::vector<std::string>{"a.txt", "b.txt"}));
    EXPECT_EQ(ds[0].where.path, "part-0");
}

TEST(chronology_from_shards, numbers_the_documents_in_their_order) {
    std::vector<shard_document> ds;
    ds.push_back(from("a.txt", 0, "a.txt", "s", 1));
    ds.push_back(from("b.txt", 0, "b.txt", "s", 2));
    event e;
    e.document = 0;
    e.text = "Something happened.";
    e.timexes.push_back({});
    ds[1].events.push_back(e);  // an undated event (no interval)
    const chronology c = chronology_from_shards(std::move(ds));
    ASSERT_EQ(c.documents.size(), 2u);
    ASSERT_EQ(c.undated.size(), 1u);
    EXPECT_EQ(c.undated[0].document, 1u);
}

}  // namespace
}  // namespace dateline
