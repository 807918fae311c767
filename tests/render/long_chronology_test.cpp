// Long chronologies in HTML: a permalink id on every date heading, an index by month or year at
// the top when there are many dates, and many reports of one event folded in <details>.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "date_index.hpp"
#include "dateline/render/date_display.hpp"
#include "dateline/render/html.hpp"
#include "parsed_html.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;

// One document reporting "Meeting N happened." for each day given, one event group per day; the
// group of `merged_day` (if any) holds `merged_reports` copies of its report.
chronology meetings(const std::vector<date::local_days>& days, std::size_t merged_reports = 1) {
    document d;
    d.path = "m.txt";
    for (std::size_t i = 0; i < days.size(); ++i) d.content += fmt::format("Meeting {} happened. ", i + 1);
    d.published = publication_time{day(2030, 1, 1), std::nullopt, ""};
    chronology c;
    c.documents = {d};
    for (std::size_t i = 0; i < days.size(); ++i) {
        const local_interval when{date::local_seconds{days[i]}, date::local_seconds{days[i] + date::days{1}}};
        const std::string sentence = fmt::format("Meeting {} happened.", i + 1);
        const std::string value = html_datetime(when, granularity::day);
        const event e = test::make_event(0, d, i, sentence,
                                         test::make_timex(d, sentence.substr(0, sentence.size() - 10), value,
                                                          granularity::day, when, "calendar", anchor_kind::none, ""));
        event_group g;
        g.when = when;
        g.grain = granularity::day;
        g.value = value;
        g.reports.assign(i == 0 ? merged_reports : 1, e);
        c.dated.push_back(std::move(g));
    }
    return c;
}

std::vector<date::local_days> every_week_from(date::local_days first, std::size_t count) {
    std::vector<date::local_days> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(first + date::days{7 * static_cast<int>(i)});
    return out;
}

std::string fragment_of(const chronology& c) {
    render_options o;
    o.fragment = true;
    return render_html(c, o);
}

TEST(html_long_chronology, every_date_heading_has_its_permalink_id) {
    const std::string html = fragment_of(test::sample_chronology());
    for (const char* heading : {
             "<h3 class=\"dateline-date\" id=\"date-2025-W17\"><time datetime=\"2025-W17\">",
             "<h3 class=\"dateline-date\" id=\"date-2025-04-23\"><time datetime=\"2025-04-23\">",
             "<h3 class=\"dateline-date\" id=\"date-2025-04-23TNI\"><time datetime=\"2025-04-23\" data-timex=\"2025-04-23TNI\">",
         })
        EXPECT_NE(html.find(heading), std::string::npos) << heading;
}

TEST(html_long_chronology, fewer_than_twelve_dates_have_no_index) {
    const std::string html = fragment_of(meetings(every_week_from(day(2025, 1, 6), 11)));
    EXPECT_EQ(html.find("<nav"), std::string::npos);
}

TEST(html_long_chronology, twelve_dates_or_more_get_an_index_by_month_after_the_title) {
    // Mondays from 6 Jan 2025: five in January, four in February, three in March.
    const std::string html = fragment_of(meetings(every_week_from(day(2025, 1, 6), 12)));
    EXPECT_NE(html.find("<h2 class=\"dateline-title\">Chronology</h2>\n"
                        "<nav class=\"dateline-index\" aria-label=\"Dates\">\n<ul>\n"
                        "<li><a href=\"#date-2025-01-06\">January 2025</a></li>\n"
                        "<li><a href=\"#date-2025-02-03\">February 2025</a></li>\n"
                        "<li><a href=\"#date-2025-03-03\">March 2025</a></li>\n"
                        "</ul>\n</nav>\n<h3 class=\"dateline-date\" id=\"date-2025-01-06\">"),
              std::string::npos)
        << html.substr(0, 600);
    const test::parsed_html p = test::parse_html("<!doctype html><title>t</title>" + html);
    EXPECT_EQ(p.errors, 0u);
}

TEST(html_long_chronology, an_index_of_more_than_two_years_of_months_is_by_year) {
    // Every five weeks from January 2025: 30 dates in 30 months, so the index is by year.
    std::vector<date::local_days> days;
    for (int i = 0; i < 30; ++i) days.push_back(day(2025, 1, 6) + date::days{35 * i});
    const std::string html = fragment_of(meetings(days));
    EXPECT_NE(html.find("<nav class=\"dateline-index\" aria-label=\"Dates\">\n<ul>\n"
                        "<li><a href=\"#date-2025-01-06\">2025</a></li>\n"
                        "<li><a href=\"#date-2026-01-26\">2026</a></li>\n"
                        "<li><a href=\"#date-2027-01-11\">2027</a></li>\n"
                        "</ul>\n</nav>\n"),
              std::string::npos)
        << html.substr(0, 600);
}

TEST(date_index, coarse_dates_are_indexed_by_year_and_a_month_is_listed_once) {
    chronology c = meetings(every_week_from(day(2025, 1, 6), 12));
    // A year-long group between the January days: "2025", and January is not listed again after it.
    event_group year = c.dated[1];
    year.when = {date::local_seconds{day(2025, 1, 1)}, date::local_seconds{day(2026, 1, 1)}};
    year.grain = granularity::year;
    year.value = "2025";
    c.dated.insert(c.dated.begin() + 1, year);
    const auto headings = render_detail::date_headings(c.dated);
    std::vector<std::string> labels;
    for (const auto& entry : render_detail::date_index(c.dated, headings)) labels.push_back(entry.label + " " + entry.target);
    EXPECT_EQ(labels, (std::vector<std::string>{"January 2025 date-2025-01-06", "2025 date-2025",
                                                "February 2025 date-2025-02-03", "March 2025 date-2025-03-03"}));
}

TEST(date_headings, a_value_that_comes_back_gets_a_numbered_id) {
    chronology c = meetings(every_week_from(day(2025, 1, 6), 3));
    c.dated.push_back(c.dated[0]);
    std::vector<std::string> ids;
    for (const auto& h : render_detail::date_headings(c.dated)) ids.push_back(h.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"date-2025-01-06", "date-2025-01-13", "date-2025-01-20",
                                             "date-2025-01-06-2"}));
}

TEST(html_long_chronology, more_than_three_reports_of_one_event_fold_all_but_two_into_details) {
    const std::string html = fragment_of(meetings({day(2025, 1, 6)}, 5));
    const std::string report = "<li class=\"dateline-report\">\n<p class=\"dateline-text\"><mark class=\"dateline-phrase\">"
                               "Meeting 1</mark> happened.</p>\n<p class=\"dateline-credit\">reported <time datetime=\"2030-01-01\">"
                               "Tue 1 Jan 2030</time> (<span class=\"dateline-file\">m.txt</span>)</p>\n</li>\n";
    EXPECT_NE(html.find("<li class=\"dateline-event dateline-merged\">\n<ul class=\"dateline-reports\">\n" + report + report +
                        "</ul>\n<details class=\"dateline-more\">\n<summary>3 more reports of this event</summary>\n"
                        "<ul class=\"dateline-reports\">\n" + report + report + report + "</ul>\n</details>\n</li>\n"),
              std::string::npos)
        << html;
    EXPECT_EQ(fragment_of(meetings({day(2025, 1, 6)}, 3)).find("<details"), std::string::npos);
}

}  // namespace
}  // namespace dateline
