#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dateline/render/html.hpp"
#include "golden.hpp"
#include "parsed_html.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;
using test::parsed_html;

parsed_html parse(const std::string& html) { return test::parse_html(html); }

render_options page() { return {}; }

render_options fragment() {
    render_options o;
    o.fragment = true;
    return o;
}

const std::set<std::string> page_elements = {"html", "head", "meta", "title", "style", "body", "main", "section",
                                             "h1",   "h2",   "ol",   "ul",    "li",    "p",    "mark", "time",
                                             "a",    "span", "script"};
// The per-source summary, shown when the documents come from several sources.
const std::set<std::string> sources_table_elements = {"table", "thead", "tbody", "tr", "th", "td"};
const std::set<std::string> page_attributes = {"lang", "charset", "name", "content", "class", "datetime",
                                               "data-timex", "href", "type", "style", "id"};

TEST(html_page, parses_without_errors_into_exactly_the_elements_and_attributes_written) {
    const parsed_html p = parse(render_html(test::sample_chronology(), page()));
    EXPECT_EQ(p.errors, 0u);
    EXPECT_TRUE(p.has_doctype);
    std::set<std::string> expected = page_elements;
    expected.insert(sources_table_elements.begin(), sources_table_elements.end());
    EXPECT_EQ(p.elements, expected);
    EXPECT_EQ(p.attributes, page_attributes);
}

TEST(html_page, has_head_for_phones_and_dark_mode) {
    render_options o;
    o.title = "Kyiv & \"peace\" <talks>";
    const std::string html = render_html(test::sample_chronology(), o);
    EXPECT_EQ(html.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>Kyiv &amp; &quot;peace&quot; &lt;talks&gt;</title>\n<style>\n",
                         0),
              0u);
    EXPECT_NE(html.find("@media (prefers-color-scheme: dark)"), std::string::npos);
    EXPECT_NE(html.find("<h1 class=\"dateline-title\">Kyiv &amp; &quot;peace&quot; &lt;talks&gt;</h1>"),
              std::string::npos);
    EXPECT_EQ(html.substr(html.size() - 24), "</main>\n</body>\n</html>\n");
}

TEST(html_page, every_date_is_a_time_element_and_timex_values_html_cannot_hold_go_to_data_timex) {
    const parsed_html p = parse(render_html(test::sample_chronology(), page()));
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"2025-W17", ""},   {"2025-04-24", ""}, {"2025-04-23", ""},           {"2025-04-24", ""},
        {"2025-04-25", ""}, {"2025-04-24", ""},           {"2025-04-23", "2025-04-23TNI"}, {"2025-04-24", ""},
    };
    EXPECT_EQ(p.times, expected);
}

TEST(html_fragment, is_one_section_with_no_page_elements_and_matches_golden_file) {
    render_options o = fragment();
    o.explain = true;
    const std::string html = render_html(test::sample_chronology(), o);
    EXPECT_EQ(html, test::golden("chronology-fragment.html"));
    const parsed_html p = parse(html);
    const std::set<std::string> expected = {"section", "h2", "h3", "ol",    "ul", "li", "p",  "mark", "time", "a",
                                            "span",    "code", "script", "table", "thead", "tr", "th", "tbody", "td"};
    EXPECT_EQ(p.elements, expected);
    EXPECT_EQ(p.attributes, (std::set<std::string>{"class", "datetime", "data-timex", "href", "type", "style", "id"}));
}

// Hostile text in every field: none of it may become an element, an attribute or a link.
chronology hostile_chronology(std::string url) {
    document d;
    d.path = "<img src=x onerror=alert(1)>.txt";
    d.content = "<script>alert('x')</script> & \"quoted\" on Friday <b onclick=\"x\">bold</b>\n";
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    d.source = "<a href=\"javascript:alert(1)\">Src</a>";
    d.url = std::move(url);
    d.title = "</title><script>";
    return test::friday_report(d, "<script>alert('x')</script> & \"quoted\" on Friday <b onclick=\"x\">bold</b>",
                               true);
}

TEST(html_escaping, hostile_input_becomes_text_never_elements_or_attributes) {
    render_options o;
    o.title = "</title><script>alert(1)</script>";
    for (const bool is_fragment : {false, true}) {
        o.fragment = is_fragment;
        const parsed_html p = parse(render_html(hostile_chronology("javascript:alert(1)"), o));
        std::set<std::string> expected = is_fragment ? std::set<std::string>{"section", "h2", "h3", "ol", "ul", "li",
                                                                             "p", "mark", "time", "span", "script"}
                                                     : page_elements;
        expected.erase("a");
        EXPECT_EQ(p.elements, expected);
        EXPECT_EQ(p.attributes.count("href"), 0u);
        EXPECT_EQ(p.attributes.count("onclick"), 0u);
        EXPECT_EQ(p.attributes.count("onerror"), 0u);
        EXPECT_NE(p.text.find("<script>alert('x')</script> & \"quoted\" on Friday <b onclick=\"x\">bold</b>"),
                  std::string::npos);
        EXPECT_NE(p.text.find("(<img src=x onerror=alert(1)>.txt, javascript:alert(1))"), std::string::npos);
    }
}

TEST(html_escaping, http_url_becomes_a_link_with_its_quotes_escaped) {
    const std::string url = "https://e.example/a?b=1&c=\"onmouseover=\"alert(1)";
    const parsed_html p = parse(render_html(hostile_chronology(url), page()));
    EXPECT_EQ(p.hrefs, (std::vector<std::string>{url, url, url}));
    EXPECT_EQ(p.attributes,
              (std::set<std::string>{"lang", "charset", "name", "content", "class", "datetime", "href", "type", "style",
                                     "id"}));
}

TEST(html_escaping, javascript_url_in_any_case_is_never_a_link) {
    for (const char* url : {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,x"}) {
        SCOPED_TRACE(url);
        const parsed_html p = parse(render_html(hostile_chronology(url), page()));
        EXPECT_TRUE(p.hrefs.empty());
        EXPECT_EQ(p.attributes.count("href"), 0u);
        EXPECT_NE(p.text.find(std::string(", ") + url + ")"), std::string::npos);
    }
}

TEST(html_page, empty_chronology_is_still_a_valid_page) {
    const parsed_html p = parse(render_html(chronology{}, page()));
    EXPECT_EQ(p.errors, 0u);
    EXPECT_EQ(p.elements, (std::set<std::string>{"html", "head", "meta", "title", "style", "body", "main", "section",
                                                 "h1", "p", "script"}));
    EXPECT_NE(p.text.find("No dated events."), std::string::npos);
}

}  // namespace
}  // namespace dateline
