// The Background section, the "sources disagree" note and "first reported by ... later by ..." as
// the Markdown and HTML writers show them, on a whole chronology and on `--top` picks, byte for byte.
#include <gtest/gtest.h>

#include <string>

#include "dateline/render/html.hpp"
#include "dateline/render/markdown.hpp"
#include "dateline/timeline/top_dates.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;
using test::make_event;
using test::make_timex;

document article(std::string path, std::string content, date::local_days published, std::string source) {
    document d;
    d.path = std::move(path);
    d.content = std::move(content);
    d.published = publication_time{published, std::nullopt, ""};
    d.source = std::move(source);
    return d;
}

local_interval whole_day(date::local_days d) { return {date::local_seconds{d}, date::local_seconds{d + date::days{1}}}; }

event on(std::size_t index, const document& d, std::size_t sentence, std::string_view text, std::string_view phrase,
         date::local_days when) {
    return make_event(index, d, sentence, text,
                      make_timex(d, phrase, date::format("%F", when), granularity::day, whole_day(when), "weekday.past",
                                 anchor_kind::dct, date::format("%F", d.published->day)));
}

event_group group_of(std::vector<event> reports, bool background = false) {
    event_group g;
    g.when = *reports.front().when;
    g.grain = reports.front().grain;
    g.value = reports.front().value;
    g.reports = std::move(reports);
    g.background = background;
    return g;
}

// Kyiv Daily (24 Apr) dates the prisoner exchange Tuesday, Evening Post (26 Apr) Wednesday; Kyiv
// Daily also says the war began in 2022 (background).
chronology exchange_disputed() {
    const document a = article("a.txt", "The war began in 2022. The prisoners were exchanged on Tuesday.\n",
                               day(2025, 4, 24), "Kyiv Daily");
    const document b = article("b.txt", "The prisoners were exchanged on Wednesday.\n", day(2025, 4, 26), "Evening Post");
    const local_interval year2022{date::local_seconds{day(2022, 1, 1)}, date::local_seconds{day(2023, 1, 1)}};
    chronology c;
    c.documents = {a, b};
    c.dated = {group_of({make_event(0, a, 0, "The war began in 2022.",
                                    make_timex(a, "2022", "2022", granularity::year, year2022, "calendar.year",
                                               anchor_kind::none, ""))},
                        true),
               group_of({on(0, a, 1, "The prisoners were exchanged on Tuesday.", "Tuesday", day(2025, 4, 22))}),
               group_of({on(1, b, 0, "The prisoners were exchanged on Wednesday.", "Wednesday", day(2025, 4, 23))})};
    c.disagreements = {{{"2025-04-22", "2025-04-23"}, {{0, 1}, {1, 0}}}};
    return c;
}

// One happening on Wednesday 23 Apr told by three documents: Kyiv Daily and Wire on 24 Apr,
// Evening Post on 26 Apr; Wire's report is no near-duplicate of the others.
chronology exchange_told_three_times() {
    const document a = article("a.txt", "The prisoners were exchanged on Wednesday.\n", day(2025, 4, 24), "Kyiv Daily");
    const document b = article("b.txt", "Both sides exchanged prisoners on Wednesday.\n", day(2025, 4, 26), "Evening Post");
    const document w = article("w.txt", "Ten soldiers came home through the border crossing on Wednesday.\n", day(2025, 4, 24), "Wire");
    chronology c;
    c.documents = {a, b, w};
    c.dated = {group_of({on(0, a, 0, "The prisoners were exchanged on Wednesday.", "Wednesday", day(2025, 4, 23)),
                         on(1, b, 0, "Both sides exchanged prisoners on Wednesday.", "Wednesday", day(2025, 4, 23)),
                         on(2, w, 0, "Ten soldiers came home through the border crossing on Wednesday.", "Wednesday",
                            day(2025, 4, 23))})};
    return c;
}

const std::string sources_markdown =
    "\n## Sources\n\n"
    "| Source | Documents | Events | Events first reported | Median lag (days) |\n"
    "| --- | ---: | ---: | ---: | ---: |\n";

TEST(comparison_markdown, background_section_and_sources_disagree_notes) {
    EXPECT_EQ(render_markdown(exchange_disputed(), {}),
              "# Chronology\n"
              "\n"
              "## Tue 22 Apr 2025\n"
              "\n"
              "- The prisoners were exchanged on **Tuesday**. — reported Thu 24 Apr 2025 by Kyiv Daily (a.txt)\n"
              "  - **sources disagree:** other reports date it 2025-04-23\n"
              "\n"
              "## Wed 23 Apr 2025\n"
              "\n"
              "- The prisoners were exchanged on **Wednesday**. — reported Sat 26 Apr 2025 by Evening Post (b.txt)\n"
              "  - **sources disagree:** other reports date it 2025-04-22\n"
              "\n"
              "## Background\n"
              "\n"
              "### 2022\n"
              "\n"
              "- The war began in **2022**. — reported Thu 24 Apr 2025 by Kyiv Daily (a.txt)\n" +
                  sources_markdown +
                  "| Evening Post | 1 | 1 | 1 | 3 |\n"
                  "| Kyiv Daily | 1 | 1 | 1 | 2 |\n");
}

TEST(comparison_markdown, first_reported_names_the_later_reports_with_their_delay) {
    EXPECT_EQ(render_markdown(exchange_told_three_times(), {}),
              "# Chronology\n"
              "\n"
              "## Wed 23 Apr 2025\n"
              "\n"
              "- 3 reports of one event:\n"
              "  - The prisoners were exchanged on **Wednesday**. — reported Thu 24 Apr 2025 by Kyiv Daily (a.txt)\n"
              "  - Both sides exchanged prisoners on **Wednesday**. — reported Sat 26 Apr 2025 by Evening Post (b.txt)\n"
              "  - Ten soldiers came home through the border crossing on **Wednesday**. — reported Thu 24 Apr 2025 by "
              "Wire (w.txt)\n"
              "  - *first reported by Kyiv Daily (Thu 24 Apr 2025); the same day by Wire, 2 days later by Evening "
              "Post*\n" +
                  sources_markdown +
                  "| Evening Post | 1 | 1 | 0 | 3 |\n"
                  "| Kyiv Daily | 1 | 1 | 1 | 1 |\n"
                  "| Wire | 1 | 1 | 0 | 1 |\n");
}

TEST(comparison_markdown, a_top_pick_keeps_who_reported_its_happening_first) {
    // --top 1 --per-date 1: one report is shown, the comparison still names all three documents.
    EXPECT_EQ(render_markdown(select_top(exchange_told_three_times(), {1, 1, {}}), {}),
              "# Chronology\n"
              "\n"
              "## Wed 23 Apr 2025\n"
              "\n"
              "- The prisoners were exchanged on **Wednesday**. — reported Thu 24 Apr 2025 by Kyiv Daily (a.txt)\n"
              "  - *first reported by Kyiv Daily (Thu 24 Apr 2025); the same day by Wire, 2 days later by Evening "
              "Post*\n" +
                  sources_markdown +
                  "| Evening Post | 1 | 0 | 0 | – |\n"
                  "| Kyiv Daily | 1 | 1 | 1 | 1 |\n"
                  "| Wire | 1 | 0 | 0 | – |\n");
}

TEST(comparison_markdown, the_second_pick_of_one_happening_repeats_no_comparison) {
    const chronology top = select_top(exchange_told_three_times(), {1, 2, {}});
    ASSERT_EQ(top.dated.size(), 2u);
    EXPECT_EQ(top.dated[0].happening_documents, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(top.dated[1].happening_documents.empty());
    const std::string md = render_markdown(top, {});
    ASSERT_NE(md.find("*first reported by"), std::string::npos);
    EXPECT_EQ(md.find("*first reported by"), md.rfind("*first reported by"));
}

TEST(comparison_html, background_section_and_sources_disagree_notes) {
    render_options o;
    o.fragment = true;
    const std::string html = render_html(exchange_disputed(), o);
    const std::string tuesday =
        "<h3 class=\"dateline-date\" id=\"date-2025-04-22\"><time datetime=\"2025-04-22\">Tue 22 Apr 2025</time></h3>\n"
        "<ol class=\"dateline-events\">\n"
        "<li class=\"dateline-event\">\n"
        "<ul class=\"dateline-reports\">\n"
        "<li class=\"dateline-report\">\n"
        "<p class=\"dateline-text\">The prisoners were exchanged on <mark class=\"dateline-phrase\">Tuesday</mark>.</p>\n"
        "<p class=\"dateline-credit\">reported <time datetime=\"2025-04-24\">Thu 24 Apr 2025</time> by <span "
        "class=\"dateline-source\">Kyiv Daily</span> (<span class=\"dateline-file\">a.txt</span>)</p>\n"
        "</li>\n"
        "</ul>\n"
        "<p class=\"dateline-disagree\"><strong>sources disagree:</strong> other reports date it 2025-04-23</p>\n"
        "</li>\n"
        "</ol>\n";
    EXPECT_NE(html.find(tuesday), std::string::npos) << html;
    EXPECT_NE(html.find("<p class=\"dateline-disagree\"><strong>sources disagree:</strong> other reports date it "
                        "2025-04-22</p>\n"),
              std::string::npos);
    const std::string background =
        "<h3 class=\"dateline-background-heading\">Background</h3>\n"
        "<h4 class=\"dateline-date\" id=\"date-2022\"><time datetime=\"2022\">2022</time></h4>\n"
        "<ol class=\"dateline-events\">\n"
        "<li class=\"dateline-event\">\n"
        "<ul class=\"dateline-reports\">\n"
        "<li class=\"dateline-report\">\n"
        "<p class=\"dateline-text\">The war began in <mark class=\"dateline-phrase\">2022</mark>.</p>\n"
        "<p class=\"dateline-credit\">reported <time datetime=\"2025-04-24\">Thu 24 Apr 2025</time> by <span "
        "class=\"dateline-source\">Kyiv Daily</span> (<span class=\"dateline-file\">a.txt</span>)</p>\n"
        "</li>\n"
        "</ul>\n"
        "</li>\n"
        "</ol>\n"
        "<h3 class=\"dateline-sources-heading\">Sources</h3>\n";
    EXPECT_NE(html.find(background), std::string::npos) << html;
    // The background comes after the story.
    EXPECT_LT(html.find("id=\"date-2025-04-23\""), html.find("Background"));
}

TEST(comparison_html, a_top_pick_keeps_who_reported_its_happening_first) {
    render_options o;
    o.fragment = true;
    const std::string html = render_html(select_top(exchange_told_three_times(), {1, 1, {}}), o);
    EXPECT_NE(html.find("</ul>\n<p class=\"dateline-reporting\">first reported by Kyiv Daily (<time "
                        "datetime=\"2025-04-24\">Thu 24 Apr 2025</time>); the same day by Wire, 2 days later by "
                        "Evening Post</p>\n</li>\n"),
              std::string::npos)
        << html;
}

}  // namespace
}  // namespace dateline
