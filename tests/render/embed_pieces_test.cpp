// The small pieces behind the embeddable outputs: date extents, permalink ids, script-safe JSON,
// headlines.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "date_anchors.hpp"
#include "date_extent.hpp"
#include "sample_chronology.hpp"
#include "script_json.hpp"
#include "short_text.hpp"

namespace dateline {
namespace {

using test::at;
using test::day;

date::local_seconds midnight(int y, unsigned m, unsigned d) { return date::local_seconds{day(y, m, d)}; }

struct extent_row {
    granularity grain;
    local_interval when;
    std::string start;
    std::string end;  // "" when there is none
};

TEST(date_extent, each_granularity_gives_its_known_fields_and_spans_their_last_unit) {
    const std::vector<extent_row> rows = {
        {granularity::second, {at(2025, 4, 23, 18, 5) + std::chrono::seconds{5}, at(2025, 4, 23, 18, 6)},
         "2025-04-23T18:05:05", ""},
        {granularity::minute, {at(2025, 4, 23, 18, 5), at(2025, 4, 23, 18, 6)}, "2025-04-23T18:05", ""},
        {granularity::hour, {at(2025, 4, 23, 18), at(2025, 4, 23, 19)}, "2025-04-23T18:00", ""},
        {granularity::part_of_day, {at(2025, 4, 23, 18), at(2025, 4, 24, 6)}, "2025-04-23T18:00", "2025-04-24T06:00"},
        {granularity::part_of_day, {at(2025, 4, 23, 18, 30), at(2025, 4, 23, 22)}, "2025-04-23T18:30",
         "2025-04-23T22:00"},
        {granularity::day, {midnight(2025, 4, 23), midnight(2025, 4, 24)}, "2025-04-23", ""},
        {granularity::weekend, {midnight(2025, 4, 26), midnight(2025, 4, 28)}, "2025-04-26", "2025-04-27"},
        {granularity::week, {midnight(2025, 12, 29), midnight(2026, 1, 5)}, "2025-12-29", "2026-01-04"},
        {granularity::month, {midnight(2025, 4, 1), midnight(2025, 5, 1)}, "2025-04", ""},
        {granularity::quarter, {midnight(2025, 4, 1), midnight(2025, 7, 1)}, "2025-04", "2025-06"},
        {granularity::season, {midnight(2025, 6, 1), midnight(2025, 9, 1)}, "2025-06", "2025-08"},
        {granularity::half_year, {midnight(2025, 7, 1), midnight(2026, 1, 1)}, "2025-07", "2025-12"},
        {granularity::year, {midnight(2025, 1, 1), midnight(2026, 1, 1)}, "2025", ""},
        {granularity::decade, {midnight(1990, 1, 1), midnight(2000, 1, 1)}, "1990", "1999"},
        {granularity::century, {midnight(1900, 1, 1), midnight(2000, 1, 1)}, "1900", "1999"},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(std::string(to_string(row.grain)) + " " + row.start);
        const render_detail::date_extent e = render_detail::extent_of(row.when, row.grain);
        EXPECT_EQ(render_detail::iso_date(e.start), row.start);
        EXPECT_EQ(e.end ? render_detail::iso_date(*e.end) : std::string(), row.end);
    }
}

TEST(date_anchor, keeps_letters_digits_and_dashes_of_the_timex_value) {
    EXPECT_EQ(render_detail::date_anchor("2025-04-23"), "date-2025-04-23");
    EXPECT_EQ(render_detail::date_anchor("2025-04-23TNI"), "date-2025-04-23TNI");
    EXPECT_EQ(render_detail::date_anchor("2025-04-23T18:00"), "date-2025-04-23T1800");
    EXPECT_EQ(render_detail::date_anchor("2025-W17-WE"), "date-2025-W17-WE");
    EXPECT_EQ(render_detail::date_anchor("\"><x y=\" é"), "date-xy");
}

TEST(unique_ids, repeats_get_a_number_that_no_other_id_uses) {
    EXPECT_EQ(render_detail::unique_ids({"a", "b", "a", "a"}), (std::vector<std::string>{"a", "b", "a-2", "a-3"}));
    // "a-2" is wanted in its own right, so the second "a" skips it.
    EXPECT_EQ(render_detail::unique_ids({"a", "a", "a-2"}), (std::vector<std::string>{"a", "a-3", "a-2"}));
}

TEST(script_safe, escapes_what_could_end_or_change_a_script_element) {
    EXPECT_EQ(render_detail::script_safe(R"({"a":"</script><!-- & -->"})"),
              R"({"a":"\u003c/script\u003e\u003c!-- \u0026 --\u003e"})");
    EXPECT_EQ(render_detail::script_safe("\"\xE2\x80\xA8\xE2\x80\xA9\xE2\x80\xA6\""), "\"\\u2028\\u2029\xE2\x80\xA6\"");
    EXPECT_EQ(render_detail::script_safe("\"\x7F\xC2\x85\xEF\xB7\x90\xEF\xBF\xBE\xF0\x9F\xBF\xBF\xC3\xA9\""),
              "\"\\u007f\\u0085\\ufdd0\\ufffe\\ud83f\\udfff\xC3\xA9\"");
    EXPECT_EQ(render_detail::script_safe("\"\xE2\x80"), "\"\xE2\x80");  // a cut sequence is left as it is
    // Template tags: "{{", "{%", "{#", "#}" never appear as such; JSON's own braces stay.
    EXPECT_EQ(render_detail::script_safe(R"({"a":{"b":"{{{ x }} {% y %} {# z #}"}})"),
              R"({"a":{"b":"{\u007b{ x }} {\u0025 y %} {\u0023 z \u0023}"}})");
}

TEST(shortened, cuts_long_text_at_a_word_with_an_ellipsis) {
    EXPECT_EQ(render_detail::shortened("Short enough.", 13), "Short enough.");
    EXPECT_EQ(render_detail::shortened("Missiles hit Kyiv, overnight strikes", 20), "Missiles hit Kyiv…");
    EXPECT_EQ(render_detail::shortened("Missiles hit Kyiv", 12), "Missiles hit…");
    // No space: cut before a whole UTF-8 character ("é" is two bytes).
    EXPECT_EQ(render_detail::shortened("abcdé", 4), "abcd…");
    EXPECT_EQ(render_detail::shortened("abcdéf", 5), "abcd…");
}

}  // namespace
}  // namespace dateline
