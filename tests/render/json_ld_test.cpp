#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "dateline/render/html.hpp"
#include "json_ld.hpp"
#include "parsed_html.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using nlohmann::json;

// The one JSON-LD script of a rendered page or fragment (parsed inside a minimal page), parsed.
json json_ld_of(const std::string& html) {
    const bool fragment = html.rfind("<!doctype", 0) != 0;
    const test::parsed_html p = test::parse_html(fragment ? "<!doctype html><title>t</title>" + html : html);
    EXPECT_EQ(p.errors, 0u);
    EXPECT_EQ(p.scripts.size(), 1u);
    return p.scripts.empty() ? json() : json::parse(p.scripts.front());
}

TEST(json_ld, is_an_item_list_of_events_with_dates_and_reporting_articles) {
    const json expected = json::parse(R"({
      "@context": "https://schema.org", "@type": "ItemList", "name": "Chronology",
      "itemListOrder": "https://schema.org/ItemListOrderAscending", "numberOfItems": 3,
      "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@type": "Event",
          "name": "Talks continued this week.", "description": "Talks continued this week.",
          "startDate": "2025-04-21", "endDate": "2025-04-27",
          "subjectOf": [{"@type": "Article", "headline": "Kyiv hit hard", "datePublished": "2025-04-24",
                         "publisher": {"@type": "Organization", "name": "Kyiv Daily"}, "url": "https://kyiv.example/a"}]}},
        {"@type": "ListItem", "position": 2, "item": {"@type": "Event",
          "name": "Trump reprimanded the Ukrainian leader on Wednesday.",
          "description": "Trump reprimanded the Ukrainian leader on Wednesday.",
          "startDate": "2025-04-23",
          "subjectOf": [{"@type": "Article", "headline": "Kyiv hit hard", "datePublished": "2025-04-24",
                         "publisher": {"@type": "Organization", "name": "Kyiv Daily"}, "url": "https://kyiv.example/a"},
                        {"@type": "Article", "datePublished": "2025-04-25",
                         "publisher": {"@type": "Organization", "name": "Evening Post"}}]}},
        {"@type": "ListItem", "position": 3, "item": {"@type": "Event",
          "name": "Kyiv was hit hard last night.", "description": "Kyiv was hit hard last night.",
          "startDate": "2025-04-23T18:00", "endDate": "2025-04-24T06:00",
          "subjectOf": [{"@type": "Article", "headline": "Kyiv hit hard", "datePublished": "2025-04-24",
                         "publisher": {"@type": "Organization", "name": "Kyiv Daily"}, "url": "https://kyiv.example/a"}]}}
      ]})");
    render_options page;
    EXPECT_EQ(json_ld_of(render_html(test::sample_chronology(), page)), expected);
    render_options fragment;
    fragment.fragment = true;
    EXPECT_EQ(json_ld_of(render_html(test::sample_chronology(), fragment)), expected);
}

TEST(json_ld, sits_at_the_end_of_the_section_on_one_line) {
    render_options o;
    o.fragment = true;
    const std::string html = render_html(chronology{}, o);
    EXPECT_EQ(html,
              "<section class=\"dateline-chronology\" style=\"overflow-wrap: anywhere\">\n<h2 class=\"dateline-title\">Chronology</h2>\n"
              "<p class=\"dateline-empty\">No dated events.</p>\n"
              "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\","
              "\"name\":\"Chronology\",\"itemListOrder\":\"https://schema.org/ItemListOrderAscending\","
              "\"numberOfItems\":0,\"itemListElement\":[]}</script>\n</section>\n");
}

TEST(json_ld, text_that_would_end_the_script_stays_inside_it_and_reads_back_the_same) {
    const std::string hostile = "</script><script>alert(1)</script><!-- <script> \xE2\x80\xA8\xE2\x80\xA9 -->";
    document d;
    d.path = "a.txt";
    d.content = hostile + " met on Friday";
    d.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
    d.title = hostile;
    d.source = hostile;
    render_options o;
    o.title = hostile;
    const std::string script = render_detail::json_ld(test::friday_report(d, d.content, false), o);
    for (const char* bad : {"<", ">", "\xE2\x80\xA8", "\xE2\x80\xA9"}) EXPECT_EQ(script.find(bad), std::string::npos);
    const json j = json::parse(script);
    EXPECT_EQ(j.at("name"), hostile);
    const json& event = j.at("itemListElement")[0].at("item");
    EXPECT_EQ(event.at("description"), d.content);
    EXPECT_EQ(event.at("subjectOf")[0].at("headline"), hostile);
    EXPECT_EQ(event.at("subjectOf")[0].at("publisher").at("name"), hostile);
}

TEST(json_ld, an_article_is_listed_once_per_event_and_only_an_http_url_is_given) {
    document d;
    d.path = "a.txt";
    d.content = "They met on Friday. They met again on Friday.";
    d.url = "javascript:alert(1)";
    d.published = publication_time{test::day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "+03:00"};
    chronology c = test::friday_report(d, "They met on Friday.", false);
    c.dated[0].reports.push_back(c.dated[0].reports[0]);
    const json event = json::parse(render_detail::json_ld(c, {})).at("itemListElement")[0].at("item");
    EXPECT_EQ(event.at("subjectOf"),
              json::parse(R"([{"@type": "Article", "datePublished": "2025-04-24T21:10+03:00"}])"));
}

// Items are made in chunks (64 groups each) on the render threads: the text is the same for any
// number of threads, one item per group in order, each piece script-safe where pieces meet.
TEST(json_ld, is_the_same_for_any_number_of_threads_across_many_chunks) {
    document d;
    d.path = "a.txt";
    d.content = "{{ .Title }} met on Friday.";
    d.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
    chronology c = test::friday_report(d, d.content, false);
    const event_group first = c.dated.front();
    while (c.dated.size() < 200) c.dated.push_back(first);
    render_options one;
    one.threads = 1;
    render_options three;
    three.threads = 3;
    const std::string script = render_detail::json_ld_script(c, one);
    EXPECT_EQ(render_detail::json_ld_script(c, three), script);
    EXPECT_EQ(script.find("{{"), std::string::npos);
    const std::string prefix = "<script type=\"application/ld+json\">";
    ASSERT_EQ(script.rfind(prefix, 0), 0u);
    ASSERT_TRUE(script.ends_with("</script>\n"));
    const json j = json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 10));
    EXPECT_EQ(j.at("numberOfItems"), 200);
    ASSERT_EQ(j.at("itemListElement").size(), 200u);
    for (std::size_t i = 0; i < 200; ++i) {
        EXPECT_EQ(j.at("itemListElement")[i].at("position"), i + 1);
        EXPECT_EQ(j.at("itemListElement")[i].at("item").at("description"), d.content);
    }
    EXPECT_EQ(render_detail::json_ld(c, three), script.substr(prefix.size(), script.size() - prefix.size() - 10));
}

}  // namespace
}  // namespace dateline
