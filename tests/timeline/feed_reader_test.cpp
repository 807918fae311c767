#include "dateline/timeline/feed_reader.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline {
namespace {

using strings = std::vector<std::string>;

using test::formatted;

const std::string rss =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
    "<channel>\n"
    "  <title>Example Wire</title>\n"
    "  <item>\n"
    "    <title>Missiles rain down on Kyiv</title>\n"
    "    <link>https://example.com/kyiv</link>\n"
    "    <pubDate>Thu, 24 Apr 2025 08:15:00 +0300</pubDate>\n"
    "    <description>Short.</description>\n"
    "    <content:encoded><![CDATA[<p>Russia launched heavy airstrikes against Kyiv <b>last night</b>.</p>"
    "<p>Trump&#8217;s envoy meets Putin on Friday.</p>]]></content:encoded>\n"
    "  </item>\n"
    "  <item>\n"
    "    <title>No text</title>\n"
    "  </item>\n"
    "  <item>\n"
    "    <description>&lt;p&gt;Rubio skipped the talks on Wednesday.&lt;/p&gt;</description>\n"
    "    <pubDate>Thu, 24 Apr 20250 21:10:00 GMT</pubDate>\n"
    "  </item>\n"
    "  <item>\n"
    "    <description>Talks resume on Monday.</description>\n"
    "  </item>\n"
    "</channel>\n"
    "</rss>\n";

TEST(read_feed, every_rss_item_is_a_document_named_by_its_line) {
    const articles_result r = read_feed("news.rss", rss);
    ASSERT_EQ(r.documents.size(), 2u);
    const document& kyiv = r.documents[0];
    EXPECT_EQ(kyiv.path, "news.rss:5");
    EXPECT_EQ(kyiv.content, "Russia launched heavy airstrikes against Kyiv last night.\n\nTrump\u2019s envoy meets Putin on Friday.");
    EXPECT_EQ(kyiv.published, (publication_time{test::day(2025, 4, 24), std::chrono::minutes{8 * 60 + 15}, "+0300"}));
    EXPECT_EQ(kyiv.published_from, date_origin::feed);
    EXPECT_EQ(kyiv.published_evidence, "feed <pubDate>Thu, 24 Apr 2025 08:15:00 +0300</pubDate>");
    EXPECT_EQ(kyiv.title, "Missiles rain down on Kyiv");
    EXPECT_EQ(kyiv.url, "https://example.com/kyiv");
    EXPECT_EQ(kyiv.source, "Example Wire");
    const document& talks = r.documents[1];
    EXPECT_EQ(talks.path, "news.rss:19");
    EXPECT_EQ(talks.content, "Talks resume on Monday.");
    EXPECT_FALSE(talks.dated());
    EXPECT_EQ(formatted(r.diagnostics),
              (strings{"news.rss:12: error: feed item has no text (no content:encoded or description)",
                       "news.rss:15: error: cannot read publication date \"Thu, 24 Apr 20250 21:10:00 GMT\" in <pubDate>"}));
}

TEST(read_feed, atom_entries_take_content_or_summary_published_or_updated_and_the_alternate_link) {
    const std::string atom =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        "<title type=\"text\">Atom Wire</title>\n"
        "<entry><title>A</title><link rel=\"self\" href=\"https://example.com/self\"/>"
        "<link href=\"https://example.com/a\"/><updated>2025-04-25T10:00:00Z</updated>"
        "<published>2025-04-24T21:10:00+03:00</published>"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hit last night.</p><p>Again.</p></div></content>"
        "</entry>\n"
        "<entry><summary type=\"html\">&lt;em&gt;Quiet&lt;/em&gt; on Sunday.</summary><updated>2025-04-27</updated></entry>\n"
        "<entry><summary type=\"text\">a &lt;b&gt; c</summary></entry>\n"
        "</feed>\n";
    const articles_result r = read_feed("a.atom", atom);
    EXPECT_TRUE(r.diagnostics.empty()) << formatted(r.diagnostics).front();
    ASSERT_EQ(r.documents.size(), 3u);
    EXPECT_EQ(r.documents[0].path, "a.atom:3");
    EXPECT_EQ(r.documents[0].content, "Hit last night.\n\nAgain.");
    EXPECT_EQ(timex_value(*r.documents[0].published), "2025-04-24T21:10");
    EXPECT_EQ(r.documents[0].published_evidence, "feed <published>2025-04-24T21:10:00+03:00</published>");
    EXPECT_EQ(r.documents[0].url, "https://example.com/a");
    EXPECT_EQ(r.documents[0].source, "Atom Wire");
    EXPECT_EQ(r.documents[1].content, "Quiet on Sunday.");
    EXPECT_EQ(timex_value(*r.documents[1].published), "2025-04-27");
    EXPECT_EQ(r.documents[2].content, "a <b> c");
}

TEST(read_feed, rss_1_items_sit_beside_the_channel) {
    const std::string rdf =
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel><title>RDF Wire</title></channel>\n"
        "<item><title>T</title><description>On Friday.</description><dc:date>2025-04-24</dc:date></item>\n"
        "</rdf:RDF>";
    const articles_result r = read_feed("a.xml", rdf);
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].source, "RDF Wire");
    EXPECT_EQ(r.documents[0].published_evidence, "feed <dc:date>2025-04-24</dc:date>");
}

TEST(read_feed, a_latin_1_feed_is_decoded) {
    const articles_result r = read_feed(
        "a.rss", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><description>Caf\xE9 on Monday.</description></item></channel></rss>");
    ASSERT_EQ(r.documents.size(), 1u);
    EXPECT_EQ(r.documents[0].content, "Caf\xC3\xA9 on Monday.");
}

TEST(read_feed, what_is_not_a_feed_is_one_error) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"Just some text, not XML.", "f.rss: error: not an XML feed: no document element found"},
        {"<rss><channel><item><description>cut short", "f.rss:1:42: error: not an XML feed: start-end tags mismatch"},
        {"<rss>\n<channel>\n<item></channel></rss>", "f.rss:3:9: error: not an XML feed: start-end tags mismatch"},
        {"<urlset><url/></urlset>", "f.rss: error: not an RSS or Atom feed (its root element is <urlset>)"},
        {"<rss><channel><title>Empty</title></channel></rss>", "f.rss: warning: the feed has no <item>; nothing to read"},
    };
    for (const auto& [bytes, expected] : cases) {
        const articles_result r = read_feed("f.rss", bytes);
        EXPECT_TRUE(r.documents.empty()) << expected;
        EXPECT_EQ(formatted(r.diagnostics), strings{expected});
    }
}

}  // namespace
}  // namespace dateline
