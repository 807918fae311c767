// Bad pages, feeds and crawler dumps beside good ones, through the built `dateline`: one exact
// diagnostic per problem (path, and line where there is one), exit 1, every good article and
// every good record still in the output, bounded memory for a 20 MB line.
#include <sys/resource.h>
#include <sys/wait.h>

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

TEST(bad_corpus_inputs, each_is_one_diagnostic_and_the_good_inputs_are_all_built) {
    const scratch_folder root;
    root.write("in/good.md", "---\npublished: 2025-04-24\n---\nMissiles hit Kyiv last night.\n");
    root.write("in/cut.html", "<html><body><article><h1>Storm</h1><p>The storm reached the coast on Wedn");
    root.write("in/menu.html", "<!doctype html><html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    root.write("in/not-xml.rss", "{\"oops\": \"this is JSON\"}\n");
    root.write("in/news.rss",
               "<rss><channel><title>Wire</title>\n<item><description>Talks resumed on Friday.</description>"
               "<pubDate>2025-04-24</pubDate></item>\n<item><description>Far future.</description>"
               "<pubDate>Thu, 24 Apr 20250 10:00:00 GMT</pubDate></item></channel></rss>");
    root.write("in/dump.jsonl",
               "{\"text\":\"Rubio skipped the talks on Wednesday.\",\"date\":\"2025-04-24\"}\n"
               "{\"text\":\"" + std::string(20u << 20, 'a') + "\"}\n"
               "{\"text\":\"caf\xE9 on Monday\"}\n"
               "{\"text\":\"Year 20250.\",\"date\":\"20250-04-24\"}\n"
               "{\"text\":\"Envoys meet on Saturday.\",\"date\":\"2025-04-24\"}\n");
    const std::string in = root / "in";

    const run_result r = run_dateline({"build", in});

    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err),
              (strings{in + "/cut.html:1: warning: the page ends without </body> or </html>: it may be cut short",
                       in + "/dump.jsonl:2: error: line is 20971531 bytes long; a record may be at most 8388608 bytes (8 MiB)",
                       in + "/dump.jsonl:3:13: error: invalid UTF-8 (byte 0xE9); record not read",
                       in + "/dump.jsonl:4: error: cannot read publication date \"20250-04-24\" in \"date\"",
                       in + "/menu.html: error: no article text in the HTML page",
                       in + "/news.rss:3: error: cannot read publication date \"Thu, 24 Apr 20250 10:00:00 GMT\" in <pubDate>",
                       in + "/not-xml.rss: error: not an XML feed: no document element found",
                       in + "/cut.html: warning: no publication date found; relative dates left unresolved"}));
    for (const char* event : {"Missiles hit Kyiv **last night**.", "Rubio skipped the talks on **Wednesday**.",
                              "Envoys meet on **Saturday**.", "Talks resumed on **Friday**."})
        EXPECT_NE(r.out.find(event), std::string::npos) << event << "\n" << r.out;
}

// Peak memory of the child for a 20 MB line stays near the file's size, not a JSON tree of it.
TEST(bad_corpus_inputs, a_20_megabyte_line_costs_bounded_memory) {
    const scratch_folder root;
    const std::string dump = root.write("dump.jsonl", "{\"text\":[" + std::string(20u << 20, '[') + "\n" +
                                                          "{\"text\":\"Hit on Friday.\",\"date\":\"2025-04-24\"}\n");
    const run_result r = run_dateline({"tag", dump});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(lines(r.err).front(), dump + ":1: error: line is 20971529 bytes long; a record may be at most 8388608 bytes (8 MiB)");
    EXPECT_EQ(lines(r.out).size(), 1u);
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    EXPECT_LT(usage.ru_maxrss, 200 * 1024) << "peak KB of the largest child so far";
}

}  // namespace
}  // namespace dateline::cli
