#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "dateline/timeline/html_article.hpp"

namespace dateline {
namespace {

std::string page(std::string_view head, std::string_view body) {
    return "<!DOCTYPE html>\n<html><head>\n" + std::string(head) + "\n</head><body>\n" + std::string(body) +
           "\n</body></html>\n";
}

// An article body long enough to be the page's text.
constexpr std::string_view story =
    "<article><h1>Storm hits the coast</h1>"
    "<p>The storm reached the coast on Wednesday night and cut power to thousands of homes.</p>"
    "<p>Officials said repairs would take until Friday at the earliest.</p></article>";

// "2025-04-24 meta tag meta article:published_time=..." or "undated"
std::string date_of(const article_result& r) {
    if (!r.doc) return "no document";
    if (!r.doc->published) return "undated";
    return timex_value(*r.doc->published) + " " + std::string(to_string(r.doc->published_from)) + " " +
           r.doc->published_evidence;
}

std::string diagnostics_of(const article_result& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += format(d) + "\n";
    return out;
}

struct date_case {
    std::string_view name;
    std::string head;
    std::string body;
    std::string_view expected;
};

class html_publication_date : public ::testing::TestWithParam<date_case> {};

TEST_P(html_publication_date, comes_from_the_strongest_evidence) {
    const auto r = read_html_article("page.html", page(GetParam().head, GetParam().body));
    EXPECT_EQ(date_of(r), GetParam().expected) << GetParam().name;
}

const std::string json_ld_news =
    R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",)"
    R"("headline":"Storm","datePublished":"2025-04-24T08:00:00+02:00","dateModified":"2025-04-25T10:00:00+02:00"}</script>)";
const std::string meta_published = R"(<meta property="article:published_time" content="2025-04-23T06:30:00Z">)";

INSTANTIATE_TEST_SUITE_P(
    evidence, html_publication_date,
    ::testing::Values(
        date_case{"json-ld", json_ld_news, std::string(story),
                  "2025-04-24T08:00 JSON-LD JSON-LD NewsArticle datePublished=\"2025-04-24T08:00:00+02:00\""},
        date_case{"json-ld graph",
                  R"(<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},)"
                  R"({"@type":["BlogPosting"],"datePublished":"2025-04-22"}]}</script>)",
                  std::string(story), "2025-04-22 JSON-LD JSON-LD BlogPosting datePublished=\"2025-04-22\""},
        date_case{"json-ld before meta", meta_published + json_ld_news, std::string(story),
                  "2025-04-24T08:00 JSON-LD JSON-LD NewsArticle datePublished=\"2025-04-24T08:00:00+02:00\""},
        date_case{"meta", meta_published, std::string(story),
                  "2025-04-23T06:30 meta tag meta article:published_time=\"2025-04-23T06:30:00Z\""},
        date_case{"meta ranks: published_time before date",
                  R"(<meta name="date" content="2025-01-01"><meta property="article:published_time" content="2025-04-23">)",
                  std::string(story), "2025-04-23 meta tag meta article:published_time=\"2025-04-23\""},
        date_case{"modification is no publication",
                  R"(<meta property="article:modified_time" content="2025-04-25">)", std::string(story), "undated"},
        date_case{"dublin core", R"(<meta name="DC.date.issued" content="24.04.2025">)", std::string(story),
                  "2025-04-24 meta tag meta DC.date.issued=\"24.04.2025\""},
        date_case{"itemprop",
                  "", R"(<article><span itemprop="datePublished" content="2025-04-20">20 April</span>)" + std::string(story) + "</article>",
                  "2025-04-20 time element itemprop=datePublished \"2025-04-20\""},
        date_case{"time element in the header",
                  "", R"(<header><time datetime="2025-04-19T10:00">Saturday</time></header>)" + std::string(story),
                  "2025-04-19T10:00 time element time datetime=\"2025-04-19T10:00\""},
        date_case{"time in a sidebar or comment is not read",
                  "", std::string(story) + R"(<aside><time datetime="2025-04-01">1 April</time></aside>)"
                      R"(<div class="comments"><time datetime="2025-04-02">2 April</time></div>)",
                  "undated"},
        date_case{"canonical URL", R"(<link rel="canonical" href="https://example.com/news/2025/04/18/storm/">)",
                  std::string(story), "2025-04-18 URL URL https://example.com/news/2025/04/18/storm/"},
        date_case{"og:url with a compact date", R"(<meta property="og:url" content="https://example.com/20250417-storm">)",
                  std::string(story), "2025-04-17 URL URL https://example.com/20250417-storm"},
        date_case{"byline in English", "",
                  R"(<div class="byline">By Jane Doe. Published 16 April 2025</div>)" + std::string(story),
                  "2025-04-16 byline byline \"Published 16 April 2025\""},
        date_case{"byline in German", "",
                  "<p class=\"article-date\">Ver\xC3\xB6" "ffentlicht am 15.04.2025</p>" + std::string(story),
                  "2025-04-15 byline byline \"Ver\xC3\xB6" "ffentlicht am 15.04.2025\""},
        date_case{"byline in French", "",
                  "<div class=\"meta\">Publi\xC3\xA9 le 14 avril 2025</div>" + std::string(story),
                  "2025-04-14 byline byline \"Publi\xC3\xA9 le 14 avril 2025\""},
        date_case{"byline in an aside of the article", "",
                  R"(<aside class="meta"><time itemprop="datePublished" datetime="2025-04-13T09:00">13 April</time></aside>)" +
                      std::string(story),
                  "2025-04-13T09:00 time element itemprop=datePublished \"2025-04-13T09:00\""},
        date_case{"the byline before a meta tag that names some date",
                  R"(<meta name="date" content="2025-04-30">)",
                  R"(<div class="info">Published 29 April 2025</div>)" + std::string(story),
                  "2025-04-29 byline byline \"Published 29 April 2025\""},
        date_case{"a meta tag that names some date", R"(<meta name="date" content="2025-04-30">)", std::string(story),
                  "2025-04-30 meta tag meta date=\"2025-04-30\""},
        date_case{"publication words before the date", "",
                  std::string(story) + "<p>Diese Meldung wurde ver\xC3\xB6" "ffentlicht am 12.04.2025 von der Redaktion.</p>",
                  "2025-04-12 byline byline \"ver\xC3\xB6" "ffentlicht am 12.04.2025\""},
        date_case{"publication words after the date", "",
                  std::string(story) + "<p>Dieser Artikel wurde am 11. April 2025 um 23:03 Uhr gepostet.</p>",
                  "2025-04-11T23:03 byline byline \"11. April 2025 um 23:03 Uhr gepostet\""},
        date_case{"a date under the headline",
                  "", "<article><h1>Storm hits the coast</h1><p>Redaktion | 10.04.2025</p>"
                      "<p>The storm reached the coast on Wednesday night and cut power to thousands of homes.</p></article>",
                  "2025-04-10 byline date by the headline \"10.04.2025\""},
        date_case{"a date in the title", "<title>09.04.2025 | Open day at the zoo</title>", std::string(story),
                  "2025-04-09 byline title \"09.04.2025 | Open day at the zoo\""},
        date_case{"a box listing other articles is no byline", "",
                  R"(<div class="post-info"><h4>Another story</h4> 1 April 2025</div><p class="author">By Jane Doe, 2 April 2025</p>)" +
                      std::string(story),
                  "2025-04-02 byline byline \"By Jane Doe, 2 April 2025\""},
        date_case{"copyright line is not a byline", "",
                  std::string(story) + "<footer><div class=\"date\">\xC2\xA9 1 January 2025</div></footer>", "undated"},
        date_case{"a UTC time is the local day the page shows",
                  R"(<meta property="article:published_time" content="2025-04-24T01:09:55Z">)",
                  R"(<div class="time"><time datetime="2025-04-23 18:09:55">April 23, 2025 at 6:09 p.m.</time></div>)" +
                      std::string(story),
                  "2025-04-23T18:09 meta tag meta article:published_time=\"2025-04-24T01:09:55Z\", shown as 2025-04-23"},
        date_case{"a local clock time of another minute says nothing of the UTC day",
                  R"(<meta property="article:published_time" content="2025-04-24T01:09:55Z">)",
                  R"(<div class="time"><time datetime="2025-04-23 18:30:00">6:30 p.m.</time></div>)" + std::string(story),
                  "2025-04-24T01:09 meta tag meta article:published_time=\"2025-04-24T01:09:55Z\""},
        date_case{"the revision's day when the page shows it and never the first publication's",
                  json_ld_news,
                  R"(<p class="byline">Updated 10:00, April 25, 2025</p>)" + std::string(story),
                  "2025-04-25T10:00 meta tag JSON-LD NewsArticle dateModified=\"2025-04-25T10:00:00+02:00\", the day the "
                  "page shows (it never shows the first publication's, 2025-04-24)"},
        date_case{"the first publication when the page shows both days",
                  json_ld_news,
                  R"(<p class="byline">Published April 24, 2025. Updated April 25, 2025</p>)" + std::string(story),
                  "2025-04-24T08:00 JSON-LD JSON-LD NewsArticle datePublished=\"2025-04-24T08:00:00+02:00\""},
        date_case{"the first publication when the page shows no day",
                  json_ld_news, std::string(story),
                  "2025-04-24T08:00 JSON-LD JSON-LD NewsArticle datePublished=\"2025-04-24T08:00:00+02:00\""},
        date_case{"words of a byline split over elements stay apart", "",
                  "<div class=\"entry-meta\"><span>Ver\xC3\xB6" "ffentlicht am</span> <a><span>13. M\xC3\xA4rz 2025</span></a> "
                  "<span>von</span> <a>Jane Doe</a></div>" + std::string(story),
                  "2025-03-13 byline byline \"Ver\xC3\xB6" "ffentlicht am 13. M\xC3\xA4rz 2025\""},
        date_case{"a sidebar about the article when nothing else dates the page", "",
                  std::string(story) + "<div id=\"sidebar\"><h2>About this article</h2><p>It was posted on 19 May 2025 "
                                       "at 23:03.</p></div>",
                  "2025-05-19T23:03 byline sidebar \"posted on 19 May 2025 at 23:03\""},
        date_case{"a sidebar is not read when the page has its own date",
                  R"(<meta name="date" content="2025-04-30">)",
                  std::string(story) + "<div id=\"sidebar\"><p>Posted on 19 May 2025</p></div>",
                  "2025-04-30 meta tag meta date=\"2025-04-30\""},
        date_case{"a script's data when nothing else dates the page", "",
                  std::string(story) + R"(<script>window.state={"blocks":[{"createdAt":"2025-01-31T15:58:43+01:00"}]};</script>)",
                  "2025-01-31T15:58 meta tag script \"createdAt\":\"2025-01-31T15:58:43+01:00\""},
        date_case{"a script's data is not read when the page has its own date",
                  meta_published,
                  std::string(story) + R"(<script>window.state={"createdAt":"2025-01-31T15:58:43+01:00"};</script>)",
                  "2025-04-23T06:30 meta tag meta article:published_time=\"2025-04-23T06:30:00Z\""}),
    [](const auto& test) {
        std::string name(test.param.name);
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return name;
    });

TEST(html_article, content_is_the_headline_then_the_paragraphs_without_page_furniture) {
    const std::string body =
        R"(<div id="cookie-banner"><p>We use cookies to improve your experience on this website.</p></div>)"
        R"(<nav><ul><li>Home</li><li>World</li><li>Politics and all the other sections</li></ul></nav>)"
        R"(<main><article><header><h1>Storm hits the coast</h1><p class="byline">By Jane Doe</p></header>)"
        R"(<p>The storm reached the coast on Wednesday night and cut power to thousands of homes.</p>)"
        R"(<div class="related-links"><p>Read also: another story about a storm that is long enough</p></div>)"
        R"(<h2>Repairs</h2><p>Officials said repairs would <b>take</b> until Friday at the earliest.</p>)"
        R"(<script>var x = "a script that is long enough to count as a paragraph";</script>)"
        R"(</article></main>)"
        R"(<section class="comments"><p>Great article, thanks for writing about this storm!!!</p></section>)"
        R"(<footer><p>Copyright 2025 Example News, all rights reserved, everywhere.</p></footer>)";
    const auto r = read_html_article("page.html", page("<title>Storm hits the coast | Example News</title>", body));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content,
              "Storm hits the coast\n\n"
              "The storm reached the coast on Wednesday night and cut power to thousands of homes.\n\n"
              "Repairs\n\n"
              "Officials said repairs would take until Friday at the earliest.");
    EXPECT_EQ(r.doc->body_begin, 0u);
    EXPECT_EQ(r.doc->title, "Storm hits the coast");
    EXPECT_EQ(diagnostics_of(r), "");
}

TEST(html_article, paragraphs_split_by_br_are_paragraphs) {
    const std::string body =
        "<div class=\"text\">The storm reached the coast on Wednesday night.<br><br>"
        "Officials said repairs would take until Friday at the earliest.</div>";
    const auto r = read_html_article("page.html", page("", body));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content,
              "The storm reached the coast on Wednesday night.\n\n"
              "Officials said repairs would take until Friday at the earliest.");
}

TEST(html_article, title_site_and_address_come_from_the_head) {
    const std::string head =
        R"(<meta property="og:title" content="Storm hits the coast"><meta property="og:site_name" content="Example News">)"
        R"(<link rel="canonical" href="https://example.com/storm"><title>Storm | Example News</title>)";
    const auto r = read_html_article("page.html", page(head, std::string(story)));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->title, "Storm hits the coast");
    EXPECT_EQ(r.doc->source, "Example News");
    EXPECT_EQ(r.doc->url, "https://example.com/storm");
}

TEST(html_article, title_without_og_title_is_the_title_element_without_the_site) {
    const std::string body =
        "<div><p>The storm reached the coast on Wednesday night and cut power to thousands.</p></div>";
    const auto r = read_html_article("page.html", page("<title>Storm hits the coast - Example News</title>", body));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->title, "Storm hits the coast");
    EXPECT_EQ(r.doc->content,
              "Storm hits the coast\n\nThe storm reached the coast on Wednesday night and cut power to thousands.");
}

TEST(html_article, a_windows_1252_page_is_decoded) {
    const std::string html = page(R"(<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">)",
                                  "<article><p>Caf\xE9 owners \x93welcomed\x94 the rain on Wednesday, said the mayor.</p></article>");
    const auto r = read_html_article("page.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content, "Caf\xC3\xA9 owners \xE2\x80\x9Cwelcomed\xE2\x80\x9D the rain on Wednesday, said the mayor.");
    EXPECT_EQ(diagnostics_of(r), "");
}

TEST(html_article, an_iso_8859_1_page_is_read_as_windows_1252) {
    const std::string html = page(R"(<meta charset="ISO-8859-1">)",
                                  "<article><p>Die Stra\xDF" "e wurde am Mittwoch gesperrt, sagte die Polizei \x84heute\x93.</p></article>");
    const auto r = read_html_article("page.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content,
              "Die Stra\xC3\x9F" "e wurde am Mittwoch gesperrt, sagte die Polizei \xE2\x80\x9Eheute\xE2\x80\x9C.");
}

TEST(html_article, a_page_declared_latin_1_but_written_in_utf_8_stays_utf_8) {
    const std::string html = page(R"(<meta charset="iso-8859-1">)",
                                  "<article><p>Caf\xC3\xA9 owners welcomed the rain on Wednesday, said the mayor.</p></article>");
    const auto r = read_html_article("page.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content, "Caf\xC3\xA9 owners welcomed the rain on Wednesday, said the mayor.");
    EXPECT_EQ(diagnostics_of(r), "page.html: warning: declared charset iso-8859-1 but the page is valid UTF-8; read as UTF-8\n");
}

TEST(html_article, an_unknown_charset_is_read_as_utf_8_with_a_warning) {
    const std::string html = page(R"(<meta charset="x-martian">)", std::string(story));
    const auto r = read_html_article("page.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(diagnostics_of(r), "page.html: warning: unknown charset x-martian; read as UTF-8\n");
}

TEST(html_article, a_utf_16_page_with_a_byte_order_mark_is_decoded) {
    const std::string utf8 = page("", std::string(story));
    std::string utf16 = "\xFF\xFE";
    for (const char c : utf8) {
        utf16 += c;
        utf16 += '\0';
    }
    const auto r = read_html_article("page.html", utf16);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content.substr(0, 20), "Storm hits the coast");
}

TEST(html_article, a_page_with_no_article_text_is_an_error) {
    const auto r = read_html_article("empty.html", page("<title>Nothing</title>", "<nav><a href=\"/\">Home</a></nav>"));
    EXPECT_FALSE(r.doc);
    EXPECT_EQ(diagnostics_of(r), "empty.html: error: no article text in the HTML page\n");
}

TEST(html_article, a_date_in_the_year_20250_is_a_warning_with_its_line) {
    const std::string html = page(R"(<meta property="article:published_time" content="20250-04-24T08:00:00Z">)", std::string(story));
    const auto r = read_html_article("page.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_FALSE(r.doc->published);
    EXPECT_EQ(diagnostics_of(r),
              "page.html:3: warning: cannot read the publication date meta article:published_time=\"20250-04-24T08:00:00Z\"\n");
}

TEST(html_article, a_page_cut_short_is_read_with_a_warning) {
    const std::string html =
        "<html><head><meta property=\"article:published_time\" content=\"2025-04-24\"></head>\n<body><article>\n"
        "<p>The storm reached the coast on Wednesday night and cut power to thousands of homes.</p>\n<p>Officials sa";
    const auto r = read_html_article("cut.html", html);
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->content, "The storm reached the coast on Wednesday night and cut power to thousands of homes.\n\nOfficials sa");
    EXPECT_EQ(date_of(r), "2025-04-24 meta tag meta article:published_time=\"2025-04-24\"");
    EXPECT_EQ(diagnostics_of(r), "cut.html:4: warning: the page ends without </body> or </html>: it may be cut short\n");
}

TEST(html_article, bad_json_ld_is_skipped_and_the_meta_tag_read) {
    const std::string head = R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":</script>)" + meta_published;
    const auto r = read_html_article("page.html", page(head, std::string(story)));
    EXPECT_EQ(date_of(r), "2025-04-23T06:30 meta tag meta article:published_time=\"2025-04-23T06:30:00Z\"");
}

TEST(html_article, binary_garbage_gives_an_error_not_a_crash) {
    const std::string bytes("\x00\x01\xFF<html><<<>>>\x00", 14);
    const auto r = read_html_article("bad.html", bytes);
    EXPECT_FALSE(r.doc);
    EXPECT_EQ(diagnostics_of(r), "bad.html:1: warning: the page ends without </body> or </html>: it may be cut short\n"
                                 "bad.html: error: no article text in the HTML page\n");
}

}  // namespace
}  // namespace dateline
