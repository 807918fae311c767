#include <gtest/gtest.h>

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

TEST(escape_html, replaces_the_five_special_characters) {
    EXPECT_EQ(escape_html(R"(<a href="x" onclick='y'>&</a>)"),
              "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
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
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.url);
        EXPECT_EQ(is_web_url(c.url), c.web);
    }
}

}  // namespace
}  // namespace dateline::render_detail
