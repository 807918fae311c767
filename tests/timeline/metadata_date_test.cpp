#include <gtest/gtest.h>

#include "dateline/timeline/metadata_date.hpp"

namespace dateline {
namespace {

// "2025-04-24T08:00 +02:00": the TIMEX3 value, then the zone when there is one; "none".
std::string describe(const std::optional<publication_time>& p) {
    if (!p) return "none";
    return p->zone.empty() ? timex_value(*p) : timex_value(*p) + " " + p->zone;
}

struct date_case {
    std::string_view text;
    std::string_view expected;
};

class metadata_date_table : public ::testing::TestWithParam<date_case> {};

TEST_P(metadata_date_table, reads_the_day_time_and_zone_as_written) {
    EXPECT_EQ(describe(parse_metadata_date(GetParam().text)), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    metadata_dates, metadata_date_table,
    ::testing::Values(
        // ISO 8601 as parse_publication_time reads it
        date_case{"2025-04-24T08:00:00+02:00", "2025-04-24T08:00 +02:00"},
        date_case{"2025-04-24T08:00:00.000Z", "2025-04-24T08:00 Z"},
        date_case{" 2025-04-24 ", "2025-04-24"},
        date_case{"2025-04-24 08:00:00", "2025-04-24T08:00"},
        // basic ISO and Unix time
        date_case{"20250424", "2025-04-24"},
        date_case{"20250424T080000Z", "2025-04-24"},
        date_case{"1745481600", "2025-04-24T08:00 Z"},
        date_case{"1745481600000", "2025-04-24T08:00 Z"},
        // other ISO-like forms
        date_case{"2025/04/24", "2025-04-24"},
        date_case{"2025.04.24", "2025-04-24"},
        date_case{"2025-4-24", "2025-04-24"},
        // RFC 822 and friends
        date_case{"Thu, 24 Apr 2025 08:00:00 +0200", "2025-04-24T08:00 +0200"},
        date_case{"Thu, 24 Apr 2025 08:00:00 GMT", "2025-04-24T08:00 Z"},
        date_case{"24 Apr 2025 08:00 -05:00", "2025-04-24T08:00 -05:00"},
        date_case{"24-Apr-2025", "2025-04-24"},
        // day-first numeric forms
        date_case{"24.04.2025", "2025-04-24"},
        date_case{"24.04.2025 08:00", "2025-04-24T08:00"},
        date_case{"24.04.2025, 08:00 Uhr", "2025-04-24T08:00"},
        date_case{"4.4.2025", "2025-04-04"},
        date_case{"24/04/2025", "2025-04-24"},
        date_case{"04/24/2025", "2025-04-24"},
        date_case{"24-04-2025", "2025-04-24"},
        date_case{"31.10.23", "2023-10-31"},
        date_case{"31.10.99", "1999-10-31"},
        // month names
        date_case{"April 24, 2025", "2025-04-24"},
        date_case{"Apr. 24, 2025 8:05", "2025-04-24T08:05"},
        date_case{"April 24th, 2025", "2025-04-24"},
        date_case{"Thursday, April 24, 2025", "2025-04-24"},
        date_case{"24 April 2025", "2025-04-24"},
        date_case{"24. April 2025", "2025-04-24"},
        date_case{"Donnerstag, 24. April 2025", "2025-04-24"},
        date_case{"3. M\xC3\xA4rz 2025", "2025-03-03"},
        date_case{"3. Maerz 2025", "2025-03-03"},
        date_case{"12. Okt. 2019", "2019-10-12"},
        date_case{"24 avril 2025", "2025-04-24"},
        date_case{"jeudi 24 avril 2025 \xC3\xA0 08:00", "2025-04-24T08:00"},
        date_case{"1er f\xC3\xA9vrier 2025", "2025-02-01"},
        date_case{"15 ao\xC3\xBBt 2019", "2019-08-15"},
        date_case{"24 aprile 2025", "2025-04-24"},
        date_case{"24 de abril de 2025", "2025-04-24"},
        // not dates, or not publication dates
        date_case{"", "none"},
        date_case{"20250-04-24", "none"},
        date_case{"20250-04-24T08:00:00Z", "none"},
        date_case{"1899-04-24", "none"},
        date_case{"2125-04-24", "none"},
        date_case{"2025-02-30", "none"},
        date_case{"31.04.2025", "none"},
        date_case{"04/05/2025", "none"},
        date_case{"2025-04-245", "none"},
        date_case{"24.04.20251", "none"},
        date_case{"24.04.89", "none"},
        date_case{"24.04.2", "none"},
        date_case{"April 2025", "none"},
        date_case{"24 Foo 2025", "none"},
        date_case{"12345678901", "none"},
        date_case{"yesterday", "none"}));

struct written_case {
    std::string_view text;
    std::string_view expected;  // the date, then the text it was read from
};

class written_date_table : public ::testing::TestWithParam<written_case> {};

TEST_P(written_date_table, finds_the_first_date_in_a_line) {
    const std::string_view text = GetParam().text;
    const auto found = find_written_date(text);
    const std::string got =
        found ? timex_value(found->when) + " " + std::string(text.substr(found->begin, found->end - found->begin)) : "none";
    EXPECT_EQ(got, GetParam().expected) << text;
}

INSTANTIATE_TEST_SUITE_P(
    written_dates, written_date_table,
    ::testing::Values(
        written_case{"Published 24 April 2025", "2025-04-24 24 April 2025"},
        written_case{"Ver\xC3\xB6" "ffentlicht am 24.04.2025 um 10:32 Uhr", "2025-04-24T10:32 24.04.2025 um 10:32"},
        written_case{"Publi\xC3\xA9 le 24 avril 2025 \xC3\xA0 8h", "2025-04-24 24 avril 2025"},
        written_case{"By Jane Doe | April 24, 2025 | 3 min read", "2025-04-24 April 24, 2025"},
        written_case{"Stand: 24.04.2025 08:15", "2025-04-24T08:15 24.04.2025 08:15"},
        written_case{"Posted on 2025-04-24 by admin", "2025-04-24 2025-04-24"},
        written_case{"Von: Bj\xC3\xB6rn Jahner | 31.10.23", "2023-10-31 31.10.23"},
        written_case{"Room 1224.04.2025", "none"},
        written_case{"No date here", "none"},
        written_case{"May the force", "none"}));

}  // namespace
}  // namespace dateline
