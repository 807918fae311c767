// A corpus of hostile strings, each put into every field a chronology shows (the title asked
// for, a document's title, source, URL and path, the sentence and its dating phrase, an
// undated report): the HTML is parsed as a browser would (gumbo) and must have exactly the
// elements and attributes of a harmless chronology, links only to the http(s) URL given, no
// parse error, bidirectional overrides closed inside the text that opened them, and the JSON-LD
// one script element that reads back as the same text; the
// Markdown must hold each string escaped.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dateline/render/html.hpp"
#include "dateline/render/markdown.hpp"
#include "display_text.hpp"
#include "escape_markdown.hpp"
#include "parsed_html.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;

struct hostile {
    const char* name;
    std::string text;
};

const std::vector<hostile> corpus = {
    {"script tag", "<script>alert(1)</script>"},
    {"closing tags first", "</mark></p></li></ol></section></body><script>alert(1)</script>"},
    {"image with handler", "<img src=x onerror=alert(1)>"},
    {"svg onload", "<svg/onload=alert(1)>"},
    {"double-quote attribute breaker", "\" onmouseover=\"alert(1)\" x=\""},
    {"single-quote attribute breaker", "' onfocus='alert(1)' autofocus='"},
    {"unquoted attribute breaker", "x onmouseover=alert(1)"},
    {"comment and cdata", "<!-- --!> <![CDATA[ ]]> -->"},
    {"style element", "<style>body{display:none}</style>"},
    {"iframe", "<iframe src=\"javascript:alert(1)\"></iframe>"},
    {"entities already escaped", "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#62;"},
    {"javascript url", "javascript:alert(1)"},
    {"javascript url in mixed case with a tab", "JaVa\tScRiPt:alert(1)"},
    {"data url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="},
    {"vbscript url", "vbscript:msgbox(1)"},
    {"markdown link", "[click](javascript:alert(1))"},
    {"markdown image", "![x](https://evil.example/x.png)"},
    {"markdown autolinks", "<https://evil.example> https://evil.example www.evil.example x@evil.example"},
    {"markdown reference definition", "[x]: https://evil.example"},
    {"markdown emphasis, code, table, heading", "*a* _b_ `c` | d | # e > f ~~g~~"},
    {"right-to-left override", "\xE2\x80\xAE" "txt.exe"},
    {"every bidi control left open", "\xE2\x80\xAA\xE2\x80\xAB\xE2\x80\xAD\xE2\x80\xAE\xE2\x81\xA6\xE2\x81\xA7\xE2\x81\xA8x"},
    {"stray bidi closers", "\xE2\x80\xAC\xE2\x81\xA9 closes nothing"},
    {"control characters", "bell\x07 back\x08 esc\x1B[31m red del\x7F vt\x0B"},
    {"C1 control and noncharacter", "next\xC2\x85line \xEF\xBF\xBE \xEF\xB7\x90"},
    {"invalid UTF-8", "caf\xE9 \xFF\xFE \xED\xA0\x80 \xC0\xAF \xE2\x80"},
    {"template tags of static-site generators", "{{ site.title }} {% include secret.txt %} {# note #} {{{raw}}}"},
};

const std::string benign = "plain";

// A document whose every field is `s`, a dated report of it and an undated one.
chronology chronology_of(const std::string& s, const std::string& url) {
    document d;
    d.path = s + ".txt";
    d.content = s + " met on Friday " + s + "\n";
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    d.title = s;
    d.source = s;
    d.url = url;
    chronology c = test::friday_report(d, d.content.substr(0, d.content.size() - 1), true);
    c.undated[0].timexes[0].r.anchor = anchor_kind::missing;
    return c;
}

render_options options_for(const std::string& s, bool fragment) {
    render_options o;
    o.title = s;
    o.explain = true;
    o.fragment = fragment;
    return o;
}

// Unclosed embeddings, overrides and isolates at the end of a text node.
int open_bidi(const std::string& text) {
    int open = 0;
    for (const char* opener : {"\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAD", "\xE2\x80\xAE", "\xE2\x81\xA6",
                               "\xE2\x81\xA7", "\xE2\x81\xA8"})
        for (std::size_t at = text.find(opener); at != std::string::npos; at = text.find(opener, at + 1)) ++open;
    for (const char* closer : {"\xE2\x80\xAC", "\xE2\x81\xA9"})
        for (std::size_t at = text.find(closer); at != std::string::npos; at = text.find(closer, at + 1)) --open;
    return open;
}

// A fragment is parsed inside a minimal page, as a site would embed it.
test::parsed_html parse_rendered(const std::string& s, const std::string& url, bool fragment) {
    const std::string html = render_html(chronology_of(s, url), options_for(s, fragment));
    return test::parse_html(fragment ? "<!doctype html><title>t</title>" + html : html);
}

TEST(xss_corpus, html_has_the_structure_of_a_harmless_chronology_whatever_the_text) {
    for (const bool fragment : {false, true}) {
        const test::parsed_html expected = parse_rendered(benign, "", fragment);
        ASSERT_EQ(expected.errors, 0u);
        for (const hostile& h : corpus) {
            SCOPED_TRACE(std::string(h.name) + (fragment ? " (fragment)" : " (page)"));
            const test::parsed_html p = parse_rendered(h.text, "", fragment);
            EXPECT_EQ(p.errors, 0u);
            EXPECT_EQ(p.structure, expected.structure);
            EXPECT_TRUE(p.hrefs.empty());
            // The text survives as text: the sentence up to its dating phrase is there, made displayable.
            EXPECT_NE(p.text.find(render_detail::displayable(h.text + " met on ")), std::string::npos);
            for (const std::string& node : p.text_nodes) EXPECT_LE(open_bidi(node), 0) << node;
            // The JSON-LD stays one script that reads back the title as given (invalid UTF-8 as U+FFFD).
            ASSERT_EQ(p.scripts.size(), 1u);
            const nlohmann::json title = nlohmann::json::parse(
                nlohmann::json(h.text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            EXPECT_EQ(nlohmann::json::parse(p.scripts[0]).at("name"), title);
        }
    }
}

TEST(xss_corpus, html_opens_no_template_tag_for_a_site_generator_that_includes_it) {
    for (const bool fragment : {false, true}) {
        for (const hostile& h : corpus) {
            SCOPED_TRACE(std::string(h.name) + (fragment ? " (fragment)" : " (page)"));
            const std::string html = render_html(chronology_of(h.text, h.text), options_for(h.text, fragment));
            for (const char* tag : {"{{", "{%", "{#", "#}"}) EXPECT_EQ(html.find(tag), std::string::npos) << tag;
        }
    }
}

TEST(xss_corpus, a_url_is_a_link_only_when_it_is_plain_http_and_then_exactly_as_given) {
    for (const hostile& h : corpus) {
        for (const std::string& url : {h.text, "https://e.example/?q=" + h.text}) {
            SCOPED_TRACE(std::string(h.name) + ": " + url);
            const test::parsed_html p = parse_rendered(benign, url, false);
            EXPECT_EQ(p.errors, 0u);
            // Quotes and angle brackets are escaped inside the attribute; white space, controls,
            // invalid UTF-8 and bidi controls keep a URL from being a link at all.
            const bool plain = url.rfind("https://", 0) == 0 && url.find_first_of(" \t") == std::string::npos &&
                               render_detail::has_only_plain_characters(url);
            if (plain) {
                EXPECT_EQ(p.hrefs, (std::vector<std::string>(p.hrefs.size(), url)));
                EXPECT_FALSE(p.hrefs.empty());
            } else {
                EXPECT_TRUE(p.hrefs.empty());
                EXPECT_NE(p.text.find(render_detail::displayable(url)), std::string::npos);
            }
            EXPECT_TRUE(p.attributes.count("href") == (plain ? 1u : 0u));
        }
    }
}

TEST(xss_corpus, markdown_holds_every_string_escaped_and_links_only_plain_http) {
    for (const hostile& h : corpus) {
        SCOPED_TRACE(h.name);
        const std::string md = render_markdown(chronology_of(h.text, h.text), options_for(h.text, false));
        const std::string escaped = render_detail::escape_markdown(h.text);
        EXPECT_EQ(md.rfind("# " + escaped + "\n", 0), 0u);
        using render_detail::escape_markdown;
        const std::string report = escape_markdown(h.text + " met on ") + "**Friday**" + escape_markdown(" " + h.text) +
                                   " — reported Thu 24 Apr 2025 by " + escaped + " (" +
                                   escape_markdown(h.text + ".txt") + ", " + escaped + ")\n";
        EXPECT_NE(md.find("\n- " + report), std::string::npos) << md;
        // No link: none of these URLs is plain http(s), and no text made one.
        for (std::size_t at = md.find("]("); at != std::string::npos; at = md.find("](", at + 1))
            EXPECT_EQ(md[at - 1], '\\') << md;
    }
}

}  // namespace
}  // namespace dateline
