#include <gtest/gtest.h>

#include "dateline/render/timeml.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::at;
using test::day;

// The text content of <TEXT>…</TEXT> with tags removed and references unescaped.
std::string text_content(const std::string& xml) {
    const auto open = xml.find("<TEXT>");
    const auto close = xml.find("</TEXT>");
    std::string out;
    for (std::size_t i = open + 6; i < close;) {
        if (xml[i] == '<') {
            i = xml.find('>', i) + 1;
        } else if (xml[i] == '&') {
            const auto semi = xml.find(';', i);
            const std::string ref = xml.substr(i, semi + 1 - i);
            if (ref == "&amp;") out += '&';
            else if (ref == "&lt;") out += '<';
            else if (ref == "&gt;") out += '>';
            else if (ref == "&quot;") out += '"';
            else if (ref == "&#39;") out += '\'';
            else if (ref == "&#13;") out += '\r';
            else ADD_FAILURE() << "unexpected reference " << ref;
            i = semi + 1;
        } else {
            out += xml[i++];
        }
    }
    return out;
}

document front_matter_document() {
    document d;
    d.path = "a&b.txt";
    d.content = "---\npublished: 2025-04-24\n---\nKyiv <was> hit \"last night\" & on Wednesday.\r\nEnd.\n";
    d.body_begin = d.content.find("Kyiv");
    d.published = publication_time{day(2025, 4, 24), std::nullopt, ""};
    d.published_from = date_origin::front_matter;
    return d;
}

tagged_document tags_of(const document& d) {
    tagged_document t;
    t.timexes.push_back(test::make_timex(d, "last night", "2025-04-23TNI", granularity::part_of_day,
                                         local_interval{at(2025, 4, 23, 18), at(2025, 4, 24, 6)},
                                         "part_of_day.last_night", anchor_kind::dct, "2025-04-24", timex_type::time));
    t.timexes.push_back(test::make_timex(d, "Wednesday", "2025-04-23", granularity::day,
                                         local_interval{at(2025, 4, 23, 0), at(2025, 4, 24, 0)}, "weekday.past",
                                         anchor_kind::dct, "2025-04-24"));
    t.timexes.back().r.mod = "START";
    return t;
}

TEST(timeml, writes_dct_and_inline_timex3_around_each_expression) {
    const document d = front_matter_document();
    EXPECT_EQ(render_timeml(d, tags_of(d)),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>a&amp;b.txt</DOCID>\n"
              "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-24\" temporalFunction=\"false\" "
              "functionInDocument=\"CREATION_TIME\">2025-04-24</TIMEX3></DCT>\n"
              "<TEXT>Kyiv &lt;was&gt; hit &quot;<TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2025-04-23TNI\">last "
              "night</TIMEX3>&quot; &amp; on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-04-23\" "
              "mod=\"START\">Wednesday</TIMEX3>.&#13;\nEnd.\n</TEXT>\n</TimeML>\n");
}

TEST(timeml, unescaped_text_is_the_body_byte_for_byte) {
    const document d = front_matter_document();
    EXPECT_EQ(text_content(render_timeml(d, tags_of(d))), d.body());
}

TEST(timeml, undated_document_has_no_dct) {
    document d = front_matter_document();
    d.published.reset();
    const std::string xml = render_timeml(d, {});
    EXPECT_EQ(xml.find("<DCT>"), std::string::npos);
    EXPECT_EQ(text_content(xml), d.body());
}

TEST(timeml, publication_time_of_day_makes_the_dct_a_time) {
    document d = front_matter_document();
    d.published->time_of_day = std::chrono::minutes{21 * 60 + 10};
    EXPECT_NE(render_timeml(d, {}).find("<TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2025-04-24T21:10\""),
              std::string::npos);
}

TEST(timeml, overlapping_or_out_of_range_timexes_are_skipped_not_nested) {
    const document d = front_matter_document();
    tagged_document t = tags_of(d);
    timex inner = t.timexes[0];
    inner.begin += 5;  // "night", inside "last night"
    inner.text = "night";
    timex outside = t.timexes[0];
    outside.begin = 0;  // in the front matter
    outside.end = 3;
    timex beyond = t.timexes[0];
    beyond.begin = d.content.size() - 1;
    beyond.end = d.content.size() + 10;
    t.timexes.insert(t.timexes.begin() + 1, inner);
    t.timexes.insert(t.timexes.begin(), outside);
    t.timexes.push_back(beyond);
    const std::string xml = render_timeml(d, t);
    EXPECT_EQ(text_content(xml), d.body());
    EXPECT_NE(xml.find("<TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2025-04-23TNI\">last night</TIMEX3>"),
              std::string::npos);
    EXPECT_NE(xml.find("<TIMEX3 tid=\"t2\" type=\"DATE\""), std::string::npos);
    EXPECT_EQ(xml.find("tid=\"t3\""), std::string::npos);
}

}  // namespace
}  // namespace dateline
