// render_tag_jsonl writes its line by hand for speed: its bytes must stay those that
// nlohmann::ordered_json gives for the same values (the chronology JSON's timex_json), whatever
// the strings hold: quotes, back slashes, control characters, DEL, UTF-8, broken UTF-8.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dateline/render/tag_jsonl.hpp"
#include "json_values.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::at;
using test::day;

std::string with_nlohmann(const document& doc, const tagged_document& tagged, bool with_text = false) {
    render_detail::json j;
    j["document"] = doc.path;
    j["published"] = render_detail::published_json(doc);
    j["published_from"] = render_detail::date_origin_key(doc.published_from);
    j["timexes"] = render_detail::json::array();
    for (const auto& t : tagged.timexes) j["timexes"].push_back(render_detail::timex_json(t));
    if (with_text) j["text"] = doc.content;
    return render_detail::dump(j, -1) + "\n";
}

TEST(tag_jsonl_bytes, are_those_of_nlohmann_for_every_kind_of_string) {
    const std::string texts[] = {
        "plain",   "quote \" and back\\slash", "tab\tnew\nline\r", std::string("nul\0byte", 8), "\x01\x1f\x7f",
        "Kyiv \xE2\x80\x9Clast night\xE2\x80\x9D", "caf\xC3\xA9", "broken \xC3 utf-8 \xFF\xFE", "\xE2\x82",
        "/slash/", "",
    };
    for (const std::string& text : texts) {
        SCOPED_TRACE(text);
        document d;
        d.path = text;
        d.content = text;
        d.published = publication_time{day(2025, 4, 24), std::chrono::minutes{90}, "Europe/Kyiv"};
        d.published_from = date_origin::record;
        tagged_document tagged;
        timex t;
        t.begin = 3;
        t.end = 1234567;
        t.text = text;
        t.clause_tense = tense::future;
        t.r.type = timex_type::time;
        t.r.value = text;
        t.r.mod = text;
        t.r.rule = "part_of_day.last_night";
        t.r.anchor = anchor_kind::narrative;
        t.r.anchor_value = text;
        t.r.when = local_interval{at(2025, 4, 23, 18), at(2025, 4, 24, 6)};
        t.r.grain = granularity::part_of_day;
        tagged.timexes.push_back(t);
        t.r.when = std::nullopt;
        t.r.grain = granularity::none;
        tagged.timexes.push_back(t);
        EXPECT_EQ(render_tag_jsonl(d, tagged), with_nlohmann(d, tagged));
        EXPECT_EQ(render_tag_jsonl(d, tagged, true), with_nlohmann(d, tagged, true));
    }
}

// Strings are checked for bytes JSON escapes eight at a time: each such byte is found at every
// offset of a block and in the tail after the last block.
TEST(tag_jsonl_bytes, escapes_a_byte_wherever_it_stands_in_the_string) {
    for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f', '\xC3', '\xff'}) {
        for (std::size_t at_byte = 0; at_byte < 19; ++at_byte) {
            std::string text(19, 'a');
            text[at_byte] = special;
            SCOPED_TRACE(text);
            document d;
            d.path = text;
            tagged_document tagged;
            timex t;
            t.text = text;
            t.r.value = "2025-04-24";
            tagged.timexes.push_back(t);
            EXPECT_EQ(render_tag_jsonl(d, tagged), with_nlohmann(d, tagged));
        }
    }
}

TEST(tag_jsonl_bytes, times_far_from_today_are_written_like_nlohmann) {
    document d;
    d.path = "years.txt";
    tagged_document tagged;
    for (const int year : {-40, 0, 7, 999, 1000, 2025, 9999, 10000, 32000}) {
        timex t;
        t.text = "then";
        const date::local_seconds begin{date::local_days{date::year{year} / 1 / 31}};
        t.r.when = local_interval{begin + std::chrono::seconds{3599}, begin + std::chrono::hours{24}};
        t.r.grain = granularity::year;
        tagged.timexes.push_back(t);
    }
    EXPECT_EQ(render_tag_jsonl(d, tagged), with_nlohmann(d, tagged));
}

}  // namespace
}  // namespace dateline
