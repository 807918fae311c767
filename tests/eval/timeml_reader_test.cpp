#include "dateline/eval/timeml_reader.hpp"

#include <string>

#include <gtest/gtest.h>

namespace dateline {
namespace {

using namespace std::chrono_literals;

constexpr const char* header =
    "<?xml version=\"1.0\" ?>\n"
    "<TimeML>\n"
    "<DOCID> ABC19980108.1830.0711 </DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n";

// A file whose <TEXT> holds `body`; <TEXT> is on line 5, column 1.
std::string timeml(const std::string& body) { return std::string(header) + "<TEXT>" + body + "</TEXT>\n</TimeML>\n"; }

std::vector<std::string> formatted(const annotated_result& r) {
    std::vector<std::string> out;
    for (const diagnostic& d : r.diagnostics) out.push_back(format(d));
    return out;
}

TEST(timeml_reader, strips_event_and_signal_tags_without_shifting_timex_offsets) {
    const auto r = read_timeml("a.tml", timeml("Stocks <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> "
                                               "<SIGNAL sid=\"s1\">on</SIGNAL> <TIMEX3 tid=\"t1\" type=\"DATE\" "
                                               "value=\"1998-01-07\" mod=\"START\">Wednesday</TIMEX3>."));
    ASSERT_TRUE(r.doc) << testing::PrintToString(formatted(r));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.doc->doc.content, "Stocks fell on Wednesday.");
    ASSERT_EQ(r.doc->timexes.size(), 1U);
    EXPECT_EQ(r.doc->timexes[0], (timex_annotation{15, 24, "Wednesday", "t1", "DATE", "1998-01-07", "START"}));
}

TEST(timeml_reader, takes_path_title_and_creation_time_from_the_file) {
    const auto r = read_timeml("corpus/a.tml", timeml("nothing"));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->doc.path, "corpus/a.tml");
    EXPECT_EQ(r.doc->doc.title, "ABC19980108.1830.0711");
    EXPECT_EQ(r.doc->dct_value, "1998-01-08");
    ASSERT_TRUE(r.doc->doc.published);
    EXPECT_EQ(r.doc->doc.published->day, date::local_days{date::year{1998} / 1 / 8});
    EXPECT_FALSE(r.doc->doc.published->time_of_day);
    EXPECT_EQ(r.doc->doc.published_from, date_origin::front_matter);
    EXPECT_EQ(r.doc->doc.body_begin, 0U);
}

TEST(timeml_reader, creation_time_with_seconds_keeps_hours_and_minutes) {
    const std::string file =
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-02-13T14:26:00\" "
        "functionInDocument=\"CREATION_TIME\">02/13/1998 14:26:00</TIMEX3></DCT><TEXT>x</TEXT></TimeML>";
    const auto r = read_timeml("a.tml", file);
    ASSERT_TRUE(r.doc);
    ASSERT_TRUE(r.doc->doc.published);
    EXPECT_EQ(r.doc->doc.published->day, date::local_days{date::year{1998} / 2 / 13});
    EXPECT_EQ(r.doc->doc.published->time_of_day, 14h + 26min);
}

TEST(timeml_reader, decodes_entities_and_counts_offsets_in_decoded_bytes) {
    // &#233; is two bytes in UTF-8 and &#x4E2D; three: the timex starts after both.
    const auto r = read_timeml("a.tml", timeml("AT&amp;T &lt;b&gt; &quot;q&quot; &apos; &#233;&#x4E2D; "
                                               "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">&#49;998</TIMEX3>"));
    ASSERT_TRUE(r.doc) << testing::PrintToString(formatted(r));
    EXPECT_EQ(r.doc->doc.content, "AT&T <b> \"q\" ' \xC3\xA9\xE4\xB8\xAD 1998");
    ASSERT_EQ(r.doc->timexes.size(), 1U);
    EXPECT_EQ(r.doc->timexes[0].start, 21U);
    EXPECT_EQ(r.doc->timexes[0].end, 25U);
    EXPECT_EQ(r.doc->timexes[0].text, "1998");
}

TEST(timeml_reader, decodes_entities_in_attribute_values) {
    const auto r = read_timeml("a.tml", timeml("<TIMEX3 tid=\"t1\" type='SET' value=\"R&amp;D&#x2F;P1W\">weekly</TIMEX3>"));
    ASSERT_TRUE(r.doc) << testing::PrintToString(formatted(r));
    ASSERT_EQ(r.doc->timexes.size(), 1U);
    EXPECT_EQ(r.doc->timexes[0].type, "SET");
    EXPECT_EQ(r.doc->timexes[0].value, "R&D/P1W");
}

TEST(timeml_reader, keeps_text_outside_tags_including_new_lines) {
    const auto r = read_timeml("a.tml", timeml("\nOne <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>\n\n"
                                               "Two <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\">a\nweek</TIMEX3>\n"));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->doc.content, "\nOne now\n\nTwo a\nweek\n");
    ASSERT_EQ(r.doc->timexes.size(), 2U);
    EXPECT_EQ(r.doc->timexes[0], (timex_annotation{5, 8, "now", "t1", "DATE", "PRESENT_REF", ""}));
    EXPECT_EQ(r.doc->timexes[1], (timex_annotation{14, 20, "a\nweek", "t2", "DURATION", "P1W", ""}));
}

TEST(timeml_reader, skips_comments_and_non_consuming_timexes_and_keeps_cdata_as_text) {
    const auto r = read_timeml("a.tml", timeml("a<!-- <TIMEX3> -->b <TIMEX3 tid=\"t9\" type=\"DURATION\" value=\"P2D\" "
                                               "beginPoint=\"t1\"/><![CDATA[<x> & y]]> <TIMEX3 tid=\"t1\" "
                                               "type=\"DATE\" value=\"1998\">1998</TIMEX3>"));
    ASSERT_TRUE(r.doc) << testing::PrintToString(formatted(r));
    EXPECT_EQ(r.doc->doc.content, "ab <x> & y 1998");
    ASSERT_EQ(r.doc->timexes.size(), 1U);
    EXPECT_EQ(r.doc->timexes[0].tid, "t1");
    EXPECT_EQ(r.doc->timexes[0].start, 11U);
}

TEST(timeml_reader, a_file_without_creation_time_is_read_undated_with_a_warning) {
    const auto r = read_timeml("a.tml", "<TimeML><TEXT>Friday</TEXT></TimeML>");
    ASSERT_TRUE(r.doc);
    EXPECT_FALSE(r.doc->doc.dated());
    EXPECT_EQ(r.doc->doc.published_from, date_origin::none);
    EXPECT_EQ(formatted(r), std::vector<std::string>{
                                "a.tml: warning: no creation-time <TIMEX3> (functionInDocument=\"CREATION_TIME\"): "
                                "the document is undated"});
}

TEST(timeml_reader, a_creation_time_that_is_not_a_date_leaves_the_document_undated_with_a_warning) {
    const auto r = read_timeml("a.tml", "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-W02\" "
                                        "functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>y</TEXT></TimeML>");
    ASSERT_TRUE(r.doc);
    EXPECT_FALSE(r.doc->doc.dated());
    EXPECT_EQ(r.doc->dct_value, "1998-W02");
    EXPECT_EQ(formatted(r), std::vector<std::string>{
                                "a.tml:2:6: warning: creation time \"1998-W02\" is not a date (YYYY-MM-DD, optionally "
                                "THH:MM or THH:MM:SS): the document is undated"});
}

TEST(timeml_reader, a_second_creation_time_is_ignored_with_a_warning) {
    const auto r = read_timeml("a.tml", timeml("<TIMEX3 tid=\"t5\" type=\"DATE\" value=\"1999-01-01\" "
                                               "functionInDocument=\"CREATION_TIME\">Jan 1</TIMEX3>"));
    ASSERT_TRUE(r.doc);
    EXPECT_EQ(r.doc->dct_value, "1998-01-08");
    EXPECT_EQ(r.doc->timexes.size(), 1U);
    EXPECT_EQ(formatted(r), std::vector<std::string>{
                                "a.tml:5:7: warning: a second creation-time <TIMEX3> is ignored (the first is at 4:6)"});
}

struct malformed_case {
    const char* name;
    std::string file;
    std::string message;
};

class timeml_reader_malformed : public testing::TestWithParam<malformed_case> {};

TEST_P(timeml_reader_malformed, gives_no_document_and_one_error_with_position) {
    const auto r = read_timeml("a.tml", GetParam().file);
    EXPECT_FALSE(r.doc);
    EXPECT_EQ(formatted(r), std::vector<std::string>{GetParam().message});
}

const malformed_case malformed_cases[] = {
    {"unclosed_timex", timeml("Sales fell\n    <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">last year."),
     "a.tml:6:5: error: <TIMEX3> opened here is never closed"},
    {"missing_text_end_tag", std::string(header) + "<TEXT>Sales fell.\n</TimeML>\n",
     "a.tml:5:1: error: <TEXT> opened here is never closed"},
    {"missing_text_end_tag_at_end_of_file", std::string(header) + "<TEXT>Sales fell.\n",
     "a.tml:5:1: error: <TEXT> opened here is never closed"},
    {"no_text_element", std::string(header) + "</TimeML>\n", "a.tml: error: no <TEXT> element"},
    {"second_text_element", timeml("a") + "<TEXT>b</TEXT>", "a.tml:7:1: error: a second <TEXT> element (the first is at 5:1)"},
    {"nested_timex",
     timeml("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">in <TIMEX3 tid=\"t2\" type=\"DATE\" "
            "value=\"1998-01\">January</TIMEX3></TIMEX3>"),
     "a.tml:5:52: error: <TIMEX3> inside the <TIMEX3> opened at 5:7: TIMEX3 elements cannot nest"},
    {"unquoted_attribute_value", timeml("<TIMEX3 tid=t1 type=\"DATE\" value=\"1998\">1998</TIMEX3>"),
     "a.tml:5:19: error: value of attribute \"tid\" must be in quotes"},
    {"attribute_without_equals", timeml("<TIMEX3 tid \"t1\">1998</TIMEX3>"),
     "a.tml:5:19: error: expected '=' after attribute \"tid\" in <TIMEX3>"},
    {"attributes_without_space_between", timeml("<TIMEX3 tid=\"t1\"type=\"DATE\">1998</TIMEX3>"),
     "a.tml:5:23: error: expected white space before an attribute in <TIMEX3>"},
    {"attribute_given_twice", timeml("<TIMEX3 tid=\"t1\" tid=\"t2\">1998</TIMEX3>"),
     "a.tml:5:24: error: attribute \"tid\" is given twice in <TIMEX3>"},
    {"attribute_quote_not_closed", timeml("<TIMEX3 tid=\"t1 type=DATE>1998</TIMEX3>"),
     "a.tml:5:37: error: '<' in the value of attribute \"tid\" (is its closing quote missing?)"},
    {"attribute_quote_never_closed_at_end_of_file", std::string(header) + "<TEXT><TIMEX3 tid=\"t1",
     "a.tml:5:19: error: value of attribute \"tid\" is never closed"},
    {"junk_in_tag", timeml("<TIMEX3 tid=\"t1\" \"DATE\">1998</TIMEX3>"),
     "a.tml:5:24: error: expected an attribute name or '>' in <TIMEX3>"},
    {"tag_never_closed", std::string(header) + "<TEXT>a <TIMEX3 tid=\"t1\"", "a.tml:5:9: error: <TIMEX3> tag is never closed with '>'"},
    {"slash_without_angle", timeml("<TIMEX3 tid=\"t1\" / >1998</TIMEX3>"),
     "a.tml:5:24: error: expected '>' after '/' in <TIMEX3>"},
    {"end_tag_with_attribute", timeml("<EVENT eid=\"e1\">fell</EVENT eid=\"e1\">"),
     "a.tml:5:35: error: expected '>' to end </EVENT>"},
    {"end_tag_without_name", timeml("a </ >"), "a.tml:5:9: error: expected an element name after '</'"},
    {"end_tag_without_start_tag", timeml("fell</EVENT>"), "a.tml:5:11: error: </EVENT> has no matching <EVENT>"},
    {"crossed_tags", timeml("<EVENT eid=\"e1\"><SIGNAL sid=\"s1\">a</EVENT></SIGNAL>"),
     "a.tml:5:23: error: <SIGNAL> opened here is never closed"},
    {"unknown_entity", timeml("caf&eacute;"), "a.tml:5:10: error: unknown entity &eacute;"},
    {"bare_ampersand", timeml("AT&T"), "a.tml:5:9: error: '&' does not start an entity reference (write &amp; for a literal '&')"},
    {"bad_character_reference", timeml("x&#0;"), "a.tml:5:8: error: &#0; is not a valid character reference"},
    {"stray_less_than", timeml("a < b"), "a.tml:5:9: error: '<' does not start a tag (write &lt; for a literal '<')"},
    {"comment_never_closed", timeml("a <!-- b"), "a.tml:5:9: error: comment is never closed with '-->'"},
    {"timex_without_type", timeml("<TIMEX3 tid=\"t1\" value=\"1998\">1998</TIMEX3>"),
     "a.tml:5:7: error: <TIMEX3> has no type attribute"},
    {"timex_with_unknown_type", timeml("<TIMEX3 tid=\"t1\" type=\"DAY\" value=\"1998\">1998</TIMEX3>"),
     "a.tml:5:24: error: type \"DAY\" is not DATE, TIME, DURATION or SET"},
    {"timex_without_value", timeml("<TIMEX3 tid=\"t1\" type=\"DATE\">1998</TIMEX3>"),
     "a.tml:5:7: error: <TIMEX3> has no value attribute"},
    // Columns count characters: "é" and "中" are one column each.
    {"column_counts_characters_not_bytes", timeml("\xC3\xA9\xE4\xB8\xAD AT&T"),
     "a.tml:5:12: error: '&' does not start an entity reference (write &amp; for a literal '&')"},
};

INSTANTIATE_TEST_SUITE_P(cases, timeml_reader_malformed, testing::ValuesIn(malformed_cases),
                         [](const testing::TestParamInfo<malformed_case>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace dateline
