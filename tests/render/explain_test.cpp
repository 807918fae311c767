#include <gtest/gtest.h>

#include "dateline/render/explain.hpp"

namespace dateline {
namespace {

timex resolved_as(std::string text, std::string value, std::string_view rule, anchor_kind anchor,
                  std::string anchor_value) {
    timex t;
    t.text = std::move(text);
    t.r.value = std::move(value);
    t.r.rule = rule;
    t.r.anchor = anchor;
    t.r.anchor_value = std::move(anchor_value);
    return t;
}

struct explain_case {
    timex t;
    const char* expected;
};

TEST(explain, says_phrase_value_rule_and_anchor) {
    const explain_case cases[] = {
        {resolved_as("last night", "2025-04-23TNI", "part_of_day.last_night", anchor_kind::dct, "2025-04-24"),
         "“last night” → 2025-04-23TNI by part_of_day.last_night from DCT 2025-04-24"},
        {resolved_as("a day\nafter", "2025-03-19", "offset.after", anchor_kind::narrative, "2025-03-18"),
         "“a day after” → 2025-03-19 by offset.after from narrative time 2025-03-18"},
        {resolved_as("April 24, 2025", "2025-04-24", "calendar_date.full", anchor_kind::none, ""),
         "“April 24, 2025” → 2025-04-24 by calendar_date.full"},
        {resolved_as("Friday", "", "weekday.bare", anchor_kind::missing, ""),
         "“Friday” → unresolved by weekday.bare: no publication date"},
        {resolved_as("soon", "", "", anchor_kind::none, ""), "“soon” → unresolved"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.expected);
        EXPECT_EQ(explain_text(c.t), c.expected);
    }
}

TEST(explain, values_and_rules_are_code_pieces) {
    const auto pieces =
        explain_pieces(resolved_as("Wednesday", "2025-04-23", "weekday.past", anchor_kind::dct, "2025-04-24"));
    std::vector<std::pair<std::string, bool>> got;
    for (const auto& p : pieces) got.emplace_back(p.text, p.code);
    const std::vector<std::pair<std::string, bool>> expected = {
        {"“Wednesday” → ", false}, {"2025-04-23", true},  {" by ", false},
        {"weekday.past", true},    {" from DCT", false}, {" ", false},
        {"2025-04-24", true},
    };
    EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace dateline
