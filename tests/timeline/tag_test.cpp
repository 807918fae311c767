// tag_matches with the recogniser's matches and a resolver given by the test: what the timeline
// hands to the resolver (DCT, tense, narrative time) and what it keeps.
#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/sentences.hpp"
#include "dateline/timeline/tag.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

recognized match_of(std::string_view body, std::string_view text, ast_kind kind) {
    recognized r;
    r.begin = body.find(text);
    r.end = r.begin + text.size();
    r.ast.kind = kind;
    return r;
}

// Resolves by kind: weekday -> a day, part_of_day -> a night, named_unit -> a month, offset ->
// a duration; records every context it was given.
struct recording_resolver {
    std::vector<resolve_context>* seen;
    resolution operator()(const temporal_ast& ast, const resolve_context& ctx) const {
        seen->push_back(ctx);
        switch (ast.kind) {
        case ast_kind::weekday: return test::dated("2025-04-23", test::days(test::day(2025, 4, 23)), granularity::day);
        case ast_kind::part_of_day:
            return test::dated("2025-04-23TNI", test::night_of(test::day(2025, 4, 23)), granularity::part_of_day,
                               timex_type::time);
        case ast_kind::named_unit:
            return test::dated("2025-04", {test::day(2025, 4, 1), test::day(2025, 5, 1)}, granularity::month);
        default: {
            resolution r;
            r.type = timex_type::duration;
            r.value = "P1D";
            r.grain = granularity::day;
            return r;
        }
        }
    }
};

document make_document(std::string content, std::size_t body_begin = 0) {
    document doc;
    doc.path = "a.txt";
    doc.content = std::move(content);
    doc.body_begin = body_begin;
    doc.published = publication_time{test::day(2025, 4, 24), std::nullopt, ""};
    doc.published_from = date_origin::manifest;
    return doc;
}

TEST(tag_matches, passes_the_dct_and_the_clause_tense_to_the_resolver) {
    const document doc = make_document("Trump's envoy is expected to meet Putin on Friday. Trump reprimanded him on Wednesday.");
    std::vector<resolve_context> seen;
    const auto tagged = tag_matches(doc,
                                    {match_of(doc.body(), "Friday", ast_kind::weekday),
                                     match_of(doc.body(), "Wednesday", ast_kind::weekday)},
                                    recording_resolver{&seen});
    ASSERT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen[0].dct, doc.published);
    EXPECT_EQ(seen[0].clause_tense, tense::future);
    EXPECT_EQ(seen[1].clause_tense, tense::past);
    ASSERT_EQ(tagged.timexes.size(), 2U);
    EXPECT_EQ(tagged.timexes[0].clause_tense, tense::future);
    EXPECT_EQ(tagged.timexes[1].clause_tense, tense::past);
    EXPECT_EQ(tagged.sentences.size(), 2U);
}

TEST(tag_matches, the_narrative_time_is_the_last_resolved_day_or_finer_date_before) {
    const document doc = make_document(
        "Kyiv was hit last night. Talks began on Wednesday. They ran all month. A day after, they ended.");
    std::vector<resolve_context> seen;
    tag_matches(doc,
                {match_of(doc.body(), "last night", ast_kind::part_of_day),
                 match_of(doc.body(), "Wednesday", ast_kind::weekday),
                 match_of(doc.body(), "all month", ast_kind::named_unit),
                 match_of(doc.body(), "A day after", ast_kind::offset)},
                recording_resolver{&seen});
    ASSERT_EQ(seen.size(), 4U);
    EXPECT_FALSE(seen[0].narrative.has_value());
    ASSERT_TRUE(seen[1].narrative.has_value());
    EXPECT_EQ(seen[1].narrative->value, "2025-04-23TNI");
    EXPECT_EQ(seen[1].narrative->grain, granularity::part_of_day);
    EXPECT_EQ(seen[1].narrative->when, test::night_of(test::day(2025, 4, 23)));
    EXPECT_EQ(seen[2].narrative->value, "2025-04-23");
    EXPECT_EQ(seen[3].narrative->value, "2025-04-23");  // a month is too coarse to become the narrative time
}

TEST(tag_matches, offsets_index_the_content_and_the_text_is_filled_from_it) {
    const std::string front = "---\ntitle: T\n---\n";
    const document doc = make_document(front + "Kyiv was hit on Wednesday.", front.size());
    std::vector<resolve_context> seen;
    const auto tagged = tag_matches(doc, {match_of(doc.body(), "Wednesday", ast_kind::weekday)}, recording_resolver{&seen});
    ASSERT_EQ(tagged.timexes.size(), 1U);
    const timex& t = tagged.timexes[0];
    EXPECT_EQ(t.begin, front.size() + 16);
    EXPECT_EQ(t.end, front.size() + 25);
    EXPECT_EQ(t.text, "Wednesday");
    EXPECT_EQ(t.r.value, "2025-04-23");
    ASSERT_EQ(tagged.sentences.size(), 1U);
    EXPECT_EQ(tagged.sentences[0].begin, front.size());
}

TEST(tag_matches, sorts_matches_and_drops_overlapping_and_out_of_range_ones) {
    const document doc = make_document("On Wednesday and Thursday.");
    recognized overlapping = match_of(doc.body(), "Wednesday and", ast_kind::weekday);
    recognized out_of_range = match_of(doc.body(), "Thursday", ast_kind::weekday);
    out_of_range.end = 999;
    recognized empty = match_of(doc.body(), "On", ast_kind::weekday);
    empty.end = empty.begin;
    std::vector<resolve_context> seen;
    const auto tagged = tag_matches(doc,
                                    {match_of(doc.body(), "Thursday", ast_kind::weekday), overlapping,
                                     match_of(doc.body(), "Wednesday", ast_kind::weekday), out_of_range, empty},
                                    recording_resolver{&seen});
    ASSERT_EQ(tagged.timexes.size(), 2U);
    EXPECT_EQ(tagged.timexes[0].text, "Wednesday and");
    EXPECT_EQ(tagged.timexes[1].text, "Thursday");
}

TEST(tag_matches, an_undated_document_gives_the_resolver_no_dct) {
    document doc = make_document("Kyiv was hit on Wednesday.");
    doc.published.reset();
    std::vector<resolve_context> seen;
    tag_matches(doc, {match_of(doc.body(), "Wednesday", ast_kind::weekday)}, recording_resolver{&seen});
    ASSERT_EQ(seen.size(), 1U);
    EXPECT_FALSE(seen[0].dct.has_value());
}

TEST(tag_matches, a_match_in_a_clutter_line_takes_its_tense_from_its_line) {
    const document doc = make_document("Kyiv was hit.\nMost Read from Bloomberg will return on Friday\n");
    std::vector<resolve_context> seen;
    const auto tagged = tag_matches(doc, {match_of(doc.body(), "Friday", ast_kind::weekday)}, recording_resolver{&seen});
    ASSERT_EQ(tagged.timexes.size(), 1U);
    EXPECT_EQ(tagged.timexes[0].clause_tense, tense::future);
    EXPECT_EQ(tagged.sentences.size(), 1U);
}

// Business news: "a year earlier" counts from the quarter being reported, the last ended recent
// quarter said in its own right; not from a quarter itself counted back ("a year earlier" twice
// is 1988-Q3 twice), nor from history ("the 1986 third quarter") or a forecast ("fourth-quarter").
using text_and_value = std::pair<std::string, std::string>;

// tag_document on `content` published on `published`: each timex's text and value, in order.
std::vector<text_and_value> values_tagged_in(std::string content, date::local_days published) {
    document doc = make_document(std::move(content));
    doc.published = publication_time{published, std::nullopt, ""};
    std::vector<text_and_value> values;
    for (const timex& t : tag_document(doc).timexes) values.emplace_back(t.text, t.r.value);
    return values;
}

TEST(tag_document, a_year_earlier_counts_from_the_reported_quarter_only) {
    const std::vector<text_and_value> expected = {
        {"the third quarter", "1989-Q3"}, {"a year earlier", "1988-Q3"}, {"the 1986 third quarter", "1986-Q3"},
        {"fourth-quarter", "1989-Q4"},    {"a year earlier", "1988-Q3"}};
    EXPECT_EQ(values_tagged_in(
                  "Net income rose in the third quarter. It fell from a year earlier. In the 1986 third quarter it "
                  "was higher. The company expects fourth-quarter charges. Sales rose from a year earlier.",
                  test::day(1989, 11, 2)),
              expected);
}

// A report of the third quarter that looks back at an earlier quarter is still about the third:
// the reported quarter moves to a later quarter only.
TEST(tag_document, an_earlier_quarter_looked_back_at_does_not_replace_the_reported_one) {
    const std::vector<text_and_value> expected = {
        {"third-quarter", "1989-Q3"}, {"a year ago", "1988-Q3"}, {"second quarter", "1989-Q2"},
        {"the year-earlier period", "1988-Q3"}, {"the 1989 period", "1989-Q3"}};
    EXPECT_EQ(values_tagged_in("Kimberly-Clark Corp. posted a gain in third-quarter net, up from a year ago. After a "
                               "flat second quarter, Kimberly-Clark said costs fell. Charges hit the year-earlier "
                               "period. In the 1989 period taxes were lower, the company said in Dallas.",
                               test::day(1989, 11, 1)),
              expected);
}

// "in the weeks before the shooting" lies in the month (or season) of the happening the report
// looks back on: its first date of a season or finer more than a fortnight before publication.
TEST(tag_document, the_weeks_before_a_happening_lie_in_its_month) {
    const std::vector<text_and_value> expected = {
        {"Friday", "1999-05-07"}, {"Oct. 23", "1998-10-23"}, {"weeks", "1998-10"}, {"December", "1998-12"}};
    EXPECT_EQ(values_tagged_in("Kopp was charged Friday in the Oct. 23 slaying. His car was spotted in the weeks "
                               "before the shooting and found in December.",
                               test::day(1999, 5, 8)),
              expected);
    const std::vector<text_and_value> in_a_season = {{"last fall", "1998-FA"}, {"days", "1998-FA"}};
    EXPECT_EQ(values_tagged_in("Slepian was killed last fall. The car was seen in the days before the slaying.",
                               test::day(1999, 4, 10)),
              in_a_season);
}

// "that year", "the following month" count from the last date mentioned at any granularity;
// "the next day" only from a day.
TEST(tag_document, steps_of_a_month_or_more_count_from_the_last_date_mentioned) {
    const std::vector<text_and_value> expected = {
        {"Monday, March 2, 1998", "1998-03-02"}, {"June 1999", "1999-06"}, {"The following month", "1999-07"},
        {"later that year", "1999"}, {"The next day", "1998-03-03"}};
    EXPECT_EQ(values_tagged_in("He arrived on Monday, March 2, 1998, and left in June 1999. The following month he "
                               "wrote, and he returned later that year. The next day he called.",
                               test::day(2000, 1, 10)),
              expected);
}

// "of that year" is the year of the last date mentioned; "next year" the DCT's.
TEST(tag_document, that_year_in_a_season_or_month_is_the_year_last_mentioned) {
    const std::vector<text_and_value> expected = {
        {"22 June 1941", "1941-06-22"},      {"the spring of that year", "1941-SP"},
        {"June of the following year", "1942-06"}, {"the first half of next year", "2011-H1"}};
    EXPECT_EQ(values_tagged_in("The invasion began on 22 June 1941. In the spring of that year, floods came; in June "
                               "of the following year the siege ended. Planning for the first half of next year "
                               "goes on.",
                               test::day(2010, 5, 1)),
              expected);
}

TEST(tag_document, splits_the_body_into_sentences) {
    const document doc = make_document("First sentence. Second sentence.");
    EXPECT_EQ(tag_document(doc).sentences.size(), 2U);
}

}  // namespace
}  // namespace dateline
