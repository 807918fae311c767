// Text built to break the engine: dates out of range, numbers that overflow, and patterns
// repeated a hundred thousand times in one line. Nothing crashes, nothing invalid is produced,
// and the run time stays linear (bench/repeated_patterns shows ns/byte for 1 to 8 MB).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dateline/render/html.hpp"
#include "dateline/render/markdown.hpp"
#include "dateline/timeline/analyze.hpp"

namespace dateline {
namespace {

document dated(std::string text) {
    document doc;
    doc.path = "hostile.txt";
    doc.content = std::move(text);
    doc.published = publication_time{date::local_days{date::year{2025} / 4 / 24}, std::nullopt, ""};
    return doc;
}

std::string repeated(const std::string& unit, std::size_t times) {
    std::string text;
    text.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) text += unit;
    return text;
}

// A resolved value that names a day names a real one; its interval is not empty.
void expect_well_formed(const tagged_document& t) {
    for (const timex& x : t.timexes) {
        SCOPED_TRACE(x.text + " -> " + x.r.value);
        if (!x.r.resolved()) continue;
        ASSERT_TRUE(x.r.when.has_value() || x.r.type == timex_type::duration || x.r.type == timex_type::set ||
                    x.r.value.find('X') != std::string::npos || x.r.value.find("_REF") != std::string::npos);
        if (x.r.when) {
            ASSERT_LT(x.r.when->begin, x.r.when->end);
            const date::year_month_day first{date::floor<date::days>(x.r.when->begin)};
            ASSERT_TRUE(first.ok());
            ASSERT_LE(first.year(), date::year{9999});
            ASSERT_GE(first.year(), date::year{0});
        }
    }
}

const timex* find_timex(const tagged_document& t, std::string_view text) {
    for (const timex& x : t.timexes)
        if (x.text == text) return &x;
    return nullptr;
}

TEST(hostile_text, dates_out_of_range_are_left_unresolved_or_not_taken_for_dates) {
    const tagged_document t = tag_document(dated(
        "In the year 99999999 it ended. It began on February 30. It was week 54 of 2025. It was 2025-13-45, "
        "at 25:61, on the 32nd of May, in Q5, and on April 31, 2025."));
    expect_well_formed(t);
    for (const timex& x : t.timexes) {
        EXPECT_EQ(x.r.value.find("99999999"), std::string::npos) << x.text;
        EXPECT_EQ(x.r.value.find("W54"), std::string::npos) << x.text;
        EXPECT_EQ(x.r.value.find("-13-"), std::string::npos) << x.text;
        EXPECT_EQ(x.r.value.find("-02-30"), std::string::npos) << x.text;
        EXPECT_EQ(x.r.value.find("-04-31"), std::string::npos) << x.text;
    }
    const timex* february_30 = find_timex(t, "February 30");
    ASSERT_NE(february_30, nullptr);
    EXPECT_FALSE(february_30->r.resolved());
}

TEST(hostile_text, numbers_that_overflow_are_left_unresolved) {
    const tagged_document t = tag_document(dated(
        "It happened 10000000000000 days ago. It ends 99999999999999999999 years later. "
        "It lasted 4294967296 weeks. In 18446744073709551617 hours."));
    expect_well_formed(t);
    for (const std::string_view phrase : {"10000000000000 days ago", "99999999999999999999 years later"}) {
        const timex* x = find_timex(t, phrase);
        ASSERT_NE(x, nullptr) << phrase;
        EXPECT_FALSE(x->r.resolved()) << phrase << " -> " << x->r.value;
    }
}

struct repeated_case {
    const char* name;
    std::string unit;
    std::size_t times;
    std::size_t timexes;  // expected
};

// Run time is a benchmark's business (bench/repeated_patterns shows it linear in the input, in
// ns/byte at 1 to 8 MB); here the pathological inputs must come out well formed. Before the tense
// context was bounded, 100,000 weekday names in one line took hours.
TEST(hostile_text, patterns_repeated_tens_of_thousands_of_times_in_one_line_are_tagged_well_formed) {
    const std::vector<repeated_case> cases = {
        {"the the the", "the ", 25000, 0},
        {"1/1/1/1", "1/", 50000, 0},
        {"early early early", "early ", 17000, 0},
        {"weekday names", "Friday ", 10000, 10000},
        {"overflowing numbers", "10000000000000 days ago ", 4000, 4000},
    };
    for (const repeated_case& c : cases) {
        SCOPED_TRACE(c.name);
        const document doc = dated(repeated(c.unit, c.times));
        const tagged_document t = tag_document(doc);
        const chronology chrono = build_chronology({doc});
        EXPECT_EQ(t.timexes.size(), c.timexes);
        expect_well_formed(t);
        EXPECT_FALSE(render_html(chrono, {}).empty());
        EXPECT_FALSE(render_markdown(chrono, {}).empty());
    }
}

}  // namespace
}  // namespace dateline
