#include "dateline/timeline/jsonl_reader.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline {
namespace {

using strings = std::vector<std::string>;

using test::formatted;

TEST(read_jsonl_record, reads_text_date_title_url_and_source_by_their_common_names) {
    const auto r = read_jsonl_record(
        "dump.jsonl", 3,
        R"({"title":"Kyiv hit","maintext":"Missiles hit Kyiv last night.","date_publish":"2025-04-24 08:15:00",)"
        R"("url":"https://example.com/k","source_domain":"example.com","extra":{"text":"ignored"}})");
    ASSERT_TRUE(r.doc.has_value());
    EXPECT_TRUE(r.diagnostics.empty());
    const document& d = *r.doc;
    EXPECT_EQ(d.path, "dump.jsonl:3");
    EXPECT_EQ(d.content, "Missiles hit Kyiv last night.");
    EXPECT_EQ(d.body_begin, 0u);
    EXPECT_EQ(d.published, (publication_time{test::day(2025, 4, 24), std::chrono::minutes{8 * 60 + 15}, ""}));
    EXPECT_EQ(d.published_from, date_origin::record);
    EXPECT_EQ(d.published_evidence, R"(record field "date_publish": "2025-04-24 08:15:00")");
    EXPECT_EQ(d.title, "Kyiv hit");
    EXPECT_EQ(d.url, "https://example.com/k");
    EXPECT_EQ(d.source, "example.com");
}

TEST(read_jsonl_record, earlier_names_win_and_empty_fields_give_way) {
    const auto r = read_jsonl_record(
        "a.jsonl", 1,
        R"({"description":"Summary.","text":"  ","body":"The body.","date":"2025-04-02","published":"2025-04-01",)"
        R"("source":{"id":null,"name":"Example Wire"},"outlet":"other"})");
    ASSERT_TRUE(r.doc.has_value());
    EXPECT_EQ(r.doc->content, "The body.");
    EXPECT_EQ(timex_value(*r.doc->published), "2025-04-01");
    EXPECT_EQ(r.doc->source, "Example Wire");
}

TEST(read_jsonl_record, reads_rfc_822_dates_and_leaves_a_record_without_one_undated) {
    const auto feedlike = read_jsonl_record("a.jsonl", 1, R"({"text":"T.","pubDate":"Thu, 24 Apr 2025 21:10:00 +0300"})");
    ASSERT_TRUE(feedlike.doc.has_value());
    EXPECT_EQ(feedlike.doc->published,
              (publication_time{test::day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "+0300"}));
    const auto unix_time = read_jsonl_record("a.jsonl", 1, R"({"text":"T.","published_at":1745496000})");
    ASSERT_TRUE(unix_time.doc.has_value());
    EXPECT_EQ(timex_value(*unix_time.doc->published), "2025-04-24T12:00");
    const auto undated = read_jsonl_record("a.jsonl", 1, R"({"text":"T.","date":null})");
    ASSERT_TRUE(undated.doc.has_value());
    EXPECT_FALSE(undated.doc->dated());
    EXPECT_EQ(undated.doc->published_from, date_origin::none);
}

TEST(read_jsonl_record, html_in_the_text_field_is_reduced_to_its_text) {
    const auto r = read_jsonl_record(
        "a.jsonl", 1,
        R"({"content":"<p>Missiles hit <b>Kyiv</b> &amp; Lviv.</p><script>x()</script><p>Then<br>calm.</p>"})");
    ASSERT_TRUE(r.doc.has_value());
    EXPECT_EQ(r.doc->content, "Missiles hit Kyiv & Lviv.\n\nThen\ncalm.");
}

TEST(read_jsonl_record, a_bad_line_is_one_error_at_its_line_and_no_document) {
    const std::string long_line = R"({"text":")" + std::string(max_jsonl_line_bytes, 'a') + R"("})";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"not json", "f.jsonl:4:2: error: not JSON: syntax error while parsing value - invalid literal"},
        {R"({"text": "a",})", "f.jsonl:4:14: error: not JSON: syntax error while parsing object key - unexpected '}'; expected string literal"},
        {R"({"text":"cut)", "f.jsonl:4:12: error: not JSON: syntax error while parsing value - invalid string: missing closing quote"},
        {R"(["text"])", "f.jsonl:4: error: not a JSON object but an array"},
        {R"("text")", "f.jsonl:4: error: not a JSON object but a string"},
        {R"({"title":"No body","text":17})",
         "f.jsonl:4: error: no article text (none of text, maintext, body, content, description holds any)"},
        {"{\"text\":\"caf\xC3\"}", "f.jsonl:4:13: error: invalid UTF-8 (byte 0xC3); record not read"},
        {R"({"text":"T.","date":"20250-04-24"})", R"(f.jsonl:4: error: cannot read publication date "20250-04-24" in "date")"},
        {R"({"text":"T.","published_at":true})", R"(f.jsonl:4: error: cannot read publication date "true" in "published_at")"},
        {R"({"content":"<p> </p><script>only()</script>"})",
         R"(f.jsonl:4: error: no article text in "content" once its markup is removed)"},
        {long_line, "f.jsonl:4: error: line is 8388619 bytes long; a record may be at most 8388608 bytes (8 MiB)"},
    };
    for (const auto& [line, expected] : cases) {
        const auto r = read_jsonl_record("f.jsonl", 4, line);
        EXPECT_FALSE(r.doc.has_value()) << expected;
        EXPECT_EQ(formatted(r.diagnostics), strings{expected});
    }
}

TEST(read_jsonl_record, deep_nesting_costs_no_tree_and_no_stack) {
    const std::string deep = R"({"text":"T.","x":)" + std::string(1'000'000, '[') + std::string(1'000'000, ']') + "}";
    const auto r = read_jsonl_record("f.jsonl", 1, deep);
    ASSERT_TRUE(r.doc.has_value());
    EXPECT_EQ(r.doc->content, "T.");
}

TEST(read_jsonl, reads_every_good_line_and_reports_every_bad_one_in_file_order) {
    const std::string file =
        "\xEF\xBB\xBF{\"text\":\"First.\"}\r\n"
        "\n"
        "{\"text\":\"Second.\"\n"
        "   \n"
        "{\"body\":\"Third.\",\"date\":\"2025-04-24\"}";
    const articles_result r = read_jsonl("d.ndjson", file);
    ASSERT_EQ(r.documents.size(), 2u);
    EXPECT_EQ(r.documents[0].path, "d.ndjson:1");
    EXPECT_EQ(r.documents[0].content, "First.");
    EXPECT_EQ(r.documents[1].path, "d.ndjson:5");
    EXPECT_EQ(r.documents[1].content, "Third.");
    EXPECT_EQ(formatted(r.diagnostics),
              strings{"d.ndjson:3:17: error: not JSON: syntax error while parsing object - unexpected end of input; expected '}'"});
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

TEST(read_jsonl, a_file_that_is_no_text_is_one_error) {
    EXPECT_EQ(formatted(read_jsonl("d.jsonl", "\x1F\x8B\x08\x00 gzip").diagnostics),
              strings{"d.jsonl: error: not a JSON Lines file: gzip-compressed data"});
}

TEST(read_jsonl, after_twenty_bad_lines_the_rest_are_counted_not_listed) {
    std::string file = "{\"text\":\"Good.\"}\n";
    for (int i = 0; i < 25; ++i) file += "[]\n";
    const articles_result r = read_jsonl("d.jsonl", file);
    EXPECT_EQ(r.documents.size(), 1u);
    ASSERT_EQ(r.diagnostics.size(), 21u);
    EXPECT_EQ(format(r.diagnostics[0]), "d.jsonl:2: error: not a JSON object but an array");
    EXPECT_EQ(format(r.diagnostics[19]), "d.jsonl:21: error: not a JSON object but an array");
    EXPECT_EQ(format(r.diagnostics[20]), "d.jsonl: error: 5 more lines could not be read (the first 20 are reported above)");
}

}  // namespace
}  // namespace dateline
