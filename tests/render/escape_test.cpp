#include <gtest/gtest.h>

#include "display_text.hpp"
#include "escape_markdown.hpp"
#include "escape_markup.hpp"
#include "web_url.hpp"

namespace dateline::render_detail {
namespace {

struct escape_case {
    const char* input;
    const char* expected;
};

TEST(escape_markdown, leaves_plain_text_alone_and_escapes_what_could_be_markup) {
    const escape_case cases[] = {
        {"Trump met Putin on Friday.", "Trump met Putin on Friday."},
        {"Russia-Ukraine talks (again)", "Russia-Ukraine talks (again)"},
        {"*bold* and _it_", "\\*bold\\* and \\_it\\_"},
        {"[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"},
        {"![img](http://e.x/i.png)", "\\!\\[img\\](http\\://e.x/i.png)"},
        {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
        {"a `code` b", "a \\`code\\` b"},
        {"back\\slash", "back\\\\slash"},
        {"&amp; {x} a|b ~~s~~", "\\&amp; \\{x\\} a\\|b \\~\\~s\\~\\~"},
        {"# heading", "\\# heading"},
        {"- item", "\\- item"},
        {"+ item", "\\+ item"},
        {"= underline", "\\= underline"},
        {"1. first", "1\\. first"},
        {"2025) tail", "2025\\) tail"},
        {"in 2025. Then", "in 2025. Then"},
        {"> quote", "\\> quote"},
        {"see https://example.com now", "see https\\://example.com now"},
        {"see www.example.com now", "see www\\.example.com now"},
        {"line\n# two\n\n- three", "line \\# two - three"},
        {"   - indented", " \\- indented"},
        {"Wow! [", "Wow! \\["},
        {"mail x@evil.example", "mail x\\@evil.example"},
        {"\xE2\x80\xAEtxt.exe", "\xE2\x80\xAEtxt.exe\xE2\x80\xAC"},
        {"esc\x1B[31m", "esc\xEF\xBF\xBD\\[31m"},
        {"caf\xE9", "caf\xEF\xBF\xBD"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.input);
        EXPECT_EQ(escape_markdown(c.input), c.expected);
    }
}

TEST(escape_markdown, code_spans_use_a_longer_fence_than_the_text_holds) {
    EXPECT_EQ(markdown_code("2025-04-23TNI"), "`2025-04-23TNI`");
    EXPECT_EQ(markdown_code("a`b"), "``a`b``");
    EXPECT_EQ(markdown_code("`x`"), "`` `x` ``");
}

TEST(escape_markdown, link_destinations_percent_encode_what_could_end_them) {
    EXPECT_EQ(markdown_link_destination("https://e.x/a b(c)<d>"), "https://e.x/a%20b%28c%29%3Cd%3E");
}

TEST(displayable, replaces_what_no_page_should_hold_and_closes_what_could_reorder_the_page) {
    const escape_case cases[] = {
        {"Kyiv, \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xE2\x80\x8F", "Kyiv, \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xE2\x80\x8F"},
        {"tab\tcr\rlf\nff\f", "tab\tcr\rlf\nff\f"},
        {"bell\x07 del\x7F vt\x0B", "bell\xEF\xBF\xBD del\xEF\xBF\xBD vt\xEF\xBF\xBD"},
        {"C1\xC2\x85 nonchar\xEF\xBF\xBE\xEF\xB7\x90", "C1\xEF\xBF\xBD nonchar\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"bad \xFF \xC0\xAF \xED\xA0\x80 \xE2\x80", "bad \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
                                                 "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD"},
        // RLO, then LRI: closed innermost first (PDI, then PDF).
        {"\xE2\x80\xAE" "a\xE2\x81\xA6" "b", "\xE2\x80\xAE" "a\xE2\x81\xA6" "b\xE2\x81\xA9\xE2\x80\xAC"},
        // Balanced already: nothing added. A PDI closes its isolate and the embedding inside it.
        {"\xE2\x80\xAB" "x\xE2\x80\xAC", "\xE2\x80\xAB" "x\xE2\x80\xAC"},
        {"\xE2\x81\xA7\xE2\x80\xAE" "x\xE2\x81\xA9", "\xE2\x81\xA7\xE2\x80\xAE" "x\xE2\x81\xA9"},
        // A PDF cannot close an embedding outside the isolate it stands in.
        {"\xE2\x80\xAA\xE2\x81\xA8\xE2\x80\xAC", "\xE2\x80\xAA\xE2\x81\xA8\xE2\x80\xAC\xE2\x81\xA9\xE2\x80\xAC"},
        // Stray closers close nothing and are harmless.
        {"\xE2\x80\xAC\xE2\x81\xA9", "\xE2\x80\xAC\xE2\x81\xA9"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.input);
        EXPECT_EQ(displayable(c.input), c.expected);
    }
}

TEST(escape_html, replaces_the_five_special_characters) {
    EXPECT_EQ(escape_html(R"(<a href="x" onclick='y'>&</a>)"),
              "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
}

TEST(escape_html, opens_no_template_tag) {
    EXPECT_EQ(escape_html("{{ site.title }} {% include x %} {# c #}"),
              "&#123;&#123; site.title &#125;&#125; &#123;% include x %&#125; &#123;# c #&#125;");
}

TEST(escape_xml, keeps_byte_offsets_for_what_xml_cannot_hold) {
    EXPECT_EQ(escape_xml("a\r\nb"), "a&#13;\nb");
    EXPECT_EQ(escape_xml(std::string("x\x01y\x7fz", 5)), "x y z");
    EXPECT_EQ(escape_xml("caf\xc3\xa9 \xff\xfe"), "caf\xc3\xa9 ??");
    EXPECT_EQ(escape_xml("\xe2\x80"), "??");  // truncated sequence
    EXPECT_EQ(escape_xml("\xef\xbf\xbe"), "???");  // U+FFFE is not an XML character
    EXPECT_EQ(escape_xml("<&>\"'"), "&lt;&amp;&gt;&quot;&#39;");
}

struct url_case {
    const char* url;
    bool web;
};

TEST(web_url, only_http_and_https_become_links) {
    const url_case cases[] = {
        {"https://example.com/a", true}, {"HTTP://EXAMPLE.COM", true},   {"javascript:alert(1)", false},
        {"JavaScript:alert(1)", false},  {" https://example.com", false}, {"data:text/html,x", false},
        {"https://", false},             {"https://a b", false},          {"ftp://example.com", false},
        {"", false},
        {"https://e.example/\xE2\x80\xAEgnp.exe", false},  // a right-to-left override disguises the end
        {"https://e.example/caf\xE9", false},               // invalid UTF-8
        {"https://e.example/caf\xC3\xA9", true},            // UTF-8 is fine
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.url);
        EXPECT_EQ(is_web_url(c.url), c.web);
    }
}

}  // namespace
}  // namespace dateline::render_detail
