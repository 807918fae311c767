#include <gtest/gtest.h>

#include "dateline/render/markdown.hpp"
#include "golden.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;

// One dated document whose every field is hostile, and one event in it on Friday 25 Apr 2025.
chronology hostile_chronology() {
    document d;
    d.path = "evil](x).txt";
    d.content = "- <script>alert(1)</script> *on* Friday [x](javascript:alert(1))\n";
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    d.source = "[x](javascript:alert(1))";
    d.url = "javascript:alert(1)";
    d.title = "<script>";
    return test::friday_report(d, "- <script>alert(1)</script> *on* Friday [x](javascript:alert(1))", false);
}

TEST(markdown, sample_chronology_matches_golden_file) {
    EXPECT_EQ(render_markdown(test::sample_chronology(), {}), test::golden("chronology.md"));
}

TEST(markdown, explain_adds_phrase_rule_and_anchor_under_each_report) {
    render_options o;
    o.explain = true;
    EXPECT_EQ(render_markdown(test::sample_chronology(), o), test::golden("chronology-explain.md"));
}

TEST(markdown, explain_line_reads_phrase_value_rule_and_anchor) {
    render_options o;
    o.explain = true;
    const std::string md = render_markdown(test::sample_chronology(), o);
    EXPECT_NE(md.find("  - “last night” → `2025-04-23TNI` by `part_of_day.last_night` from DCT `2025-04-24`\n"),
              std::string::npos);
}

TEST(markdown, article_text_source_title_and_url_stay_text) {
    render_options o;
    o.title = "# Evil [x](javascript:alert(1))";
    EXPECT_EQ(render_markdown(hostile_chronology(), o),
              "# \\# Evil \\[x\\](javascript:alert(1))\n"
              "\n"
              "## Fri 25 Apr 2025\n"
              "\n"
              "- \\- \\<script\\>alert(1)\\</script\\> \\*on\\* **Friday** \\[x\\](javascript:alert(1)) — reported Thu "
              "24 Apr 2025 by \\[x\\](javascript:alert(1)) (evil\\](x).txt, javascript:alert(1))\n");
}

TEST(markdown, empty_chronology_says_so) {
    EXPECT_EQ(render_markdown(chronology{}, {}), "# Chronology\n\nNo dated events.\n");
}

TEST(markdown, empty_title_falls_back_to_chronology) {
    render_options o;
    o.title = "";
    EXPECT_EQ(render_markdown(chronology{}, o), "# Chronology\n\nNo dated events.\n");
}

TEST(markdown, report_of_a_missing_document_is_named_unknown_not_a_crash) {
    chronology c = test::sample_chronology();
    c.dated[0].reports[0].document = 99;
    c.dated[0].reports[0].anchor = 7;
    const std::string md = render_markdown(c, {});
    EXPECT_NE(md.find("- Talks continued this week. — reported by an unknown document\n"), std::string::npos);
}

TEST(markdown, marks_the_occurrence_of_the_phrase_that_dates_the_event) {
    document d;
    d.path = "w.txt";
    d.content = "On Wednesday he said Wednesday was fine.";
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    const local_interval wed{date::local_seconds{day(2025, 4, 23)}, date::local_seconds{day(2025, 4, 24)}};
    event e = test::make_event(0, d, 0, d.content,
                               test::make_timex(d, "Wednesday", "2025-04-23", granularity::day, wed, "weekday.past",
                                                anchor_kind::dct, "2025-04-24"));
    e.timexes.push_back(test::make_timex(d, "Wednesday", "2025-04-23", granularity::day, wed, "weekday.past",
                                         anchor_kind::dct, "2025-04-24", timex_type::date, 5));
    e.anchor = 1;
    chronology c;
    c.documents = {d};
    event_group g;
    g.when = wed;
    g.grain = granularity::day;
    g.value = "2025-04-23";
    g.reports = {e};
    c.dated = {g};
    EXPECT_EQ(render_markdown(c, {}),
              "# Chronology\n\n## Wed 23 Apr 2025\n\n"
              "- On Wednesday he said **Wednesday** was fine. — reported Thu 24 Apr 2025 (w.txt)\n");
}

TEST(markdown, phrase_not_found_in_the_sentence_is_left_unmarked) {
    chronology c = test::sample_chronology();
    c.dated[0].reports[0].timexes[0].text = "next week";
    const std::string md = render_markdown(c, {});
    EXPECT_NE(md.find("- Talks continued this week. — reported"), std::string::npos);
}

}  // namespace
}  // namespace dateline
