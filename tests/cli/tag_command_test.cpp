#include "tag_command.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dateline::cli {
namespace {

std::vector<document> documents_at(const std::vector<std::string>& paths) {
    std::vector<document> docs;
    for (const std::string& p : paths) {
        document d;
        d.path = p;
        docs.push_back(d);
    }
    return docs;
}

TEST(timeml_file_names, the_basename_gets_a_tml_extension) {
    EXPECT_EQ(timeml_file_names(documents_at({"news/a.txt", "b.md", "/abs/c.d.txt"})),
              (std::vector<std::string>{"a.tml", "b.tml", "c.d.tml"}));
}

TEST(timeml_file_names, documents_sharing_a_name_are_numbered_in_order) {
    EXPECT_EQ(timeml_file_names(documents_at({"x/a.txt", "y/a.md", "a-2.txt", "z/a.txt"})),
              (std::vector<std::string>{"a.tml", "a-2.tml", "a-2-2.tml", "a-3.tml"}));
}

}  // namespace
}  // namespace dateline::cli
