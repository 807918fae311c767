// What a new user tries first: random bytes saved as .txt, a web page with no article on it, a
// "feed" that is not XML, a PDF, an empty folder.
// Each is one clear line on standard error, exit code 1, nothing on standard output, no crash;
// given together with a good article, one line per problem and the article still built.
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline::cli {
namespace {

using testing::lines;
using testing::run_dateline;
using testing::run_result;
using testing::scratch_folder;
using strings = std::vector<std::string>;

const std::string navigation_only_page =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Kyiv</title></head>\n"
    "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></body></html>\n";
const std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";

std::string urandom_bytes(std::size_t n) {
    std::ifstream in("/dev/urandom", std::ios::binary);
    std::string bytes(n, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    return bytes;
}

struct attempt {
    std::string what;
    std::string path;
    std::string expected;  // the one line on stderr (a regular expression for random bytes)
};

std::vector<attempt> attempts(const scratch_folder& root) {
    const std::string random = root.write("random.txt", urandom_bytes(64 * 1024));
    const std::string page = root.write("menu.html", navigation_only_page);
    const std::string feed = root.write("news.rss", "Breaking: missiles hit Kyiv on Friday.\n");
    const std::string document = root.write("report.pdf", pdf);
    const std::string document_as_text = root.write("report.txt", pdf);
    const std::string empty = root.make_folder("empty");
    const auto quoted = [](const std::string& s) { return std::regex_replace(s, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)"); };
    return {
        {"random bytes", random, quoted(random) + "(:[0-9]+:[0-9]+)?: error: not a plain-text article: .+"},
        {"an HTML page with no article text", page, quoted(page + ": error: no article text in the HTML page")},
        {"a feed that is not XML", feed, quoted(feed + ": error: not an XML feed: no document element found")},
        {"a PDF", document,
         quoted(document + ": error: not an article file (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml)")},
        {"a PDF saved as .txt", document_as_text,
         quoted(document_as_text + ": error: not a plain-text article: a PDF document")},
        {"an empty folder", empty,
         quoted("dateline: error: no article files (.txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom, .xml) in " + empty)},
    };
}

TEST(new_user, each_wrong_input_alone_is_one_clear_line_and_exit_1) {
    const scratch_folder root;
    for (const attempt& a : attempts(root)) {
        for (const char* command : {"build", "tag"}) {
            SCOPED_TRACE(std::string(command) + " " + a.what);
            const run_result r = run_dateline({command, a.path});
            EXPECT_EQ(r.exit_code, 1);
            EXPECT_EQ(r.out, "");
            const strings err = lines(r.err);
            ASSERT_EQ(err.size(), 1u) << r.err;
            EXPECT_TRUE(std::regex_match(err[0], std::regex(a.expected))) << err[0];
        }
    }
}

TEST(new_user, wrong_inputs_beside_a_good_article_are_one_line_each_and_the_article_is_built) {
    const scratch_folder root;
    const std::vector<attempt> all = attempts(root);
    const std::string good = root.write("good/kyiv.md", "---\npublished: 2025-04-24\n---\nMissiles hit Kyiv last night.\n");
    std::vector<std::string> arguments = {"build", good};
    for (const attempt& a : all) arguments.push_back(a.path);

    const run_result r = run_dateline(arguments);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("- Missiles hit Kyiv **last night**. — reported Thu 24 Apr 2025 (" + good + ")"),
              std::string::npos) << r.out;
    // Named files of other kinds first, then the empty folder, then the articles by path.
    const strings err = lines(r.err);
    ASSERT_EQ(err.size(), all.size()) << r.err;
    const std::vector<std::string> expected_order = {all[3].expected,
                                                     root.path() + "/empty: warning: no article files \\(\\.txt, \\.md, \\.html, \\.htm, \\.jsonl, \\.ndjson, \\.rss, \\.atom, \\.xml\\) in this folder",
                                                     all[1].expected, all[2].expected, all[0].expected, all[4].expected};
    for (std::size_t i = 0; i < err.size(); ++i)
        EXPECT_TRUE(std::regex_match(err[i], std::regex(expected_order[i]))) << i << ": " << err[i];
}

}  // namespace
}  // namespace dateline::cli
