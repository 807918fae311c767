#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "dateline/render/timelinejs.hpp"
#include "golden.hpp"
#include "parsed_html.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using nlohmann::json;

json timeline_of(const chronology& c, const render_options& o = {}) { return json::parse(render_timelinejs(c, o)); }

TEST(timelinejs, sample_chronology_matches_golden_file) {
    EXPECT_EQ(render_timelinejs(test::sample_chronology(), {}), test::golden("chronology.timelinejs.json"));
}

TEST(timelinejs, has_a_title_slide_and_one_slide_per_event_group_in_order) {
    const json t = timeline_of(test::sample_chronology());
    EXPECT_EQ(t.at("title").at("text").at("headline"), "Chronology");
    EXPECT_EQ(t.at("title").at("text").at("text"), "<p>3 dated events from 3 articles. 1 undated report is not on this timeline.</p>");
    EXPECT_FALSE(t.at("title").contains("start_date"));
    ASSERT_EQ(t.at("events").size(), 3u);
    std::vector<std::string> ids;
    for (const json& slide : t.at("events")) ids.push_back(slide.at("unique_id"));
    EXPECT_EQ(ids, (std::vector<std::string>{"date-2025-W17", "date-2025-04-23", "date-2025-04-23TNI"}));
}

TEST(timelinejs, dates_carry_the_fields_that_are_known_and_spans_an_end) {
    const json events = timeline_of(test::sample_chronology()).at("events");
    // A week: its Monday to its Sunday.
    EXPECT_EQ(events[0].at("start_date"), (json{{"year", 2025}, {"month", 4}, {"day", 21}}));
    EXPECT_EQ(events[0].at("end_date"), (json{{"year", 2025}, {"month", 4}, {"day", 27}}));
    EXPECT_EQ(events[0].at("display_date"), "week 17 of 2025 (21–27 Apr)");
    // A day: no end.
    EXPECT_EQ(events[1].at("start_date"), (json{{"year", 2025}, {"month", 4}, {"day", 23}}));
    EXPECT_FALSE(events[1].contains("end_date"));
    // The night of 23→24 Apr: from 18:00 on the 23rd to 06:00 on the 24th.
    EXPECT_EQ(events[2].at("start_date"), (json{{"year", 2025}, {"month", 4}, {"day", 23}, {"hour", 18}}));
    EXPECT_EQ(events[2].at("end_date"), (json{{"year", 2025}, {"month", 4}, {"day", 24}, {"hour", 6}}));
    EXPECT_EQ(events[2].at("display_date"), "night of 23→24 Apr 2025");
}

TEST(timelinejs, text_holds_every_report_with_its_source_and_publication_date) {
    const json merged = timeline_of(test::sample_chronology()).at("events")[1];
    EXPECT_EQ(merged.at("text").at("headline"), "Trump reprimanded the Ukrainian leader on Wednesday.");
    const test::parsed_html p = test::parse_html("<!doctype html><title>t</title>" + merged.at("text").at("text").get<std::string>());
    EXPECT_EQ(p.errors, 0u);
    EXPECT_EQ(p.text,
              "Trump reprimanded the Ukrainian leader on Wednesday.reported Thu 24 Apr 2025 by Kyiv Daily (a.txt)"
              "Trump wrote on Truth Social on Wednesday.reported Fri 25 Apr 2025 by Evening Post (b.txt)");
    EXPECT_EQ(p.hrefs, (std::vector<std::string>{"https://kyiv.example/a"}));
    EXPECT_EQ(merged.at("autolink"), false);
}

TEST(timelinejs, groups_rows_by_kind_of_date_only_when_kinds_are_mixed) {
    const json mixed = timeline_of(test::sample_chronology()).at("events");
    EXPECT_EQ(mixed[0].at("group"), "Weeks and months");
    EXPECT_EQ(mixed[1].at("group"), "Days");
    EXPECT_EQ(mixed[2].at("group"), "Days");
    document d;
    d.content = "They met on Friday.";
    d.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
    const json days_only = timeline_of(test::friday_report(d, "They met on Friday.", false)).at("events");
    ASSERT_EQ(days_only.size(), 1u);
    EXPECT_FALSE(days_only[0].contains("group"));
}

TEST(timelinejs, input_is_escaped_for_html_and_the_json_is_safe_inside_a_script_element) {
    document d;
    d.path = "<img src=x onerror=alert(1)>.txt";
    d.content = "</script><!-- <b>bold</b> & \xE2\x80\xA8 met on Friday";
    d.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
    d.source = "<i>Src</i>";
    d.url = "javascript:alert(1)";
    render_options o;
    o.title = "</script><script>alert(1)</script>";
    const std::string out = render_timelinejs(test::friday_report(d, d.content, false), o);
    EXPECT_EQ(out.find('<'), std::string::npos);
    EXPECT_EQ(out.find('>'), std::string::npos);
    EXPECT_EQ(out.find("\xE2\x80\xA8"), std::string::npos);
    const json t = json::parse(out);
    EXPECT_EQ(t.at("title").at("text").at("headline"),
              "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    const json& slide = t.at("events")[0];
    EXPECT_EQ(slide.at("text").at("headline"),
              "&lt;/script&gt;&lt;!-- &lt;b&gt;bold&lt;/b&gt; &amp; \xE2\x80\xA8 met on Friday");
    const test::parsed_html p =
        test::parse_html("<!doctype html><title>t</title>" + slide.at("text").at("text").get<std::string>());
    EXPECT_EQ(p.elements, (std::set<std::string>{"title", "ul", "li", "p", "mark", "time", "span"}));
    EXPECT_TRUE(p.hrefs.empty());
    EXPECT_NE(p.text.find("</script><!-- <b>bold</b> & \xE2\x80\xA8 met on Friday"), std::string::npos);
    EXPECT_NE(p.text.find("by <i>Src</i> (<img src=x onerror=alert(1)>.txt, javascript:alert(1))"), std::string::npos);
}

TEST(timelinejs, empty_chronology_is_a_title_and_no_events) {
    const json t = timeline_of(chronology{});
    EXPECT_EQ(t.at("events"), json::array());
    EXPECT_EQ(t.at("title").at("text").at("text"), "<p>0 dated events from 0 articles.</p>");
}

}  // namespace
}  // namespace dateline
