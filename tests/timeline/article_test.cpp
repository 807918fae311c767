#include <gtest/gtest.h>

#include "dateline/timeline/readers.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

std::vector<std::string> formatted(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(format(d));
    return out;
}

using strings = std::vector<std::string>;

TEST(read_article, reads_front_matter_fields_and_starts_the_body_after_it) {
    const std::string text =
        "---\n"
        "published: 2025-04-24T21:10+03:00\n"
        "title: \"Fiery Night: Missiles Rain Down on Kyiv\"\n"
        "source: 'WELT'\n"
        "url: https://example.com/a?b=c:d\n"
        "author: ignored\n"
        "---\n"
        "The Ukrainian capital was hit hard last night.\n";
    const auto result = read_article("a.md", text);
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_TRUE(result.diagnostics.empty());
    const document& doc = *result.doc;
    EXPECT_EQ(doc.path, "a.md");
    EXPECT_EQ(doc.content, text);
    EXPECT_EQ(doc.body(), "The Ukrainian capital was hit hard last night.\n");
    EXPECT_EQ(doc.published, (publication_time{test::day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "+03:00"}));
    EXPECT_EQ(doc.published_from, date_origin::front_matter);
    EXPECT_EQ(doc.title, "Fiery Night: Missiles Rain Down on Kyiv");
    EXPECT_EQ(doc.source, "WELT");
    EXPECT_EQ(doc.url, "https://example.com/a?b=c:d");
}

TEST(read_article, accepts_date_as_the_name_of_the_publication_key) {
    const auto result = read_article("a.md", "---\nDate: 2025-03-19\n---\nBody.");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->published, (publication_time{test::day(2025, 3, 19), std::nullopt, ""}));
}

TEST(read_article, tolerates_crlf_line_ends_in_front_matter) {
    const auto result = read_article("a.md", "---\r\npublished: 2025-03-19\r\ntitle: T\r\n---\r\nBody.\r\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->title, "T");
    EXPECT_EQ(result.doc->body(), "Body.\r\n");
    EXPECT_EQ(result.doc->published_from, date_origin::front_matter);
}

TEST(read_article, front_matter_that_never_closes_is_an_error_and_gives_no_document) {
    const auto result = read_article("a.md", "---\npublished: 2025-04-24\ntitle: T\nBody text.\n");
    EXPECT_FALSE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.md:1: error: front matter opened on line 1 is never closed"}));
}

TEST(read_article, a_published_value_that_is_not_a_date_is_an_error_at_its_line_and_column) {
    const auto result = read_article("a.md", "---\ntitle: T\npublished:  \"next Tuesday\"\n---\nBody.");
    EXPECT_FALSE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics),
              (strings{"a.md:3:13: error: cannot read publication date \"next Tuesday\""}));
}

TEST(read_article, an_impossible_day_in_front_matter_is_an_error) {
    const auto result = read_article("a.md", "---\ndate: 2025-02-30\n---\n");
    EXPECT_FALSE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.md:2:7: error: cannot read publication date \"2025-02-30\""}));
}

TEST(read_article, an_empty_published_value_says_nothing_and_the_text_dateline_is_used) {
    const auto result = read_article("a.md", "---\npublished:\n---\nApril 24, 2025\nBody.");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->published_from, date_origin::text_dateline);
    EXPECT_EQ(result.doc->published->day, test::day(2025, 4, 24));
}

TEST(read_article, a_front_matter_line_without_a_colon_is_a_warning) {
    const auto result = read_article("a.md", "---\ntitle: T\njust words\n---\nBody.");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics),
              (strings{"a.md:3:1: warning: front matter line is not \"key: value\"; ignored"}));
}

TEST(read_article, without_front_matter_takes_the_date_from_a_dateline_in_the_text) {
    const auto result = read_article("003.txt", "Thursday, April 24, 2025\nSuddenly Trump Sees a Concession\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->body_begin, 0U);
    EXPECT_EQ(result.doc->published_from, date_origin::text_dateline);
    EXPECT_EQ(result.doc->published, (publication_time{test::day(2025, 4, 24), std::nullopt, ""}));
}

TEST(read_article, front_matter_date_wins_over_a_dateline_in_the_text) {
    const auto result = read_article("a.md", "---\npublished: 2025-04-25\n---\nThursday, April 24, 2025\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->published->day, test::day(2025, 4, 25));
    EXPECT_EQ(result.doc->published_from, date_origin::front_matter);
}

TEST(read_article, without_any_date_the_document_is_undated) {
    const auto result = read_article("000.txt", "Fiery Night\nThe capital was hit hard last night.\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_FALSE(result.doc->dated());
    EXPECT_EQ(result.doc->published_from, date_origin::none);
    EXPECT_TRUE(result.diagnostics.empty());
}

TEST(read_article, a_fence_that_is_not_on_the_first_line_is_text) {
    const auto result = read_article("a.md", "\n---\ntitle: T\n---\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->body_begin, 0U);
    EXPECT_EQ(result.doc->title, "");
}

TEST(read_article, skips_a_byte_order_mark_but_offsets_still_count_it) {
    const auto result = read_article("a.txt", "\xEF\xBB\xBF" "April 24, 2025\nBody.");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->body_begin, 3U);
    EXPECT_EQ(result.doc->body(), "April 24, 2025\nBody.");
    EXPECT_EQ(result.doc->published->day, test::day(2025, 4, 24));
}

TEST(read_article, reads_front_matter_after_a_byte_order_mark) {
    const std::string text = "\xEF\xBB\xBF---\ntitle: T\n---\nBody.";
    const auto result = read_article("a.md", text);
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->title, "T");
    EXPECT_EQ(result.doc->body_begin, text.size() - 5);
}

TEST(read_article, keeps_a_document_with_invalid_utf8_and_warns_where_it_is) {
    const auto result = read_article("a.txt", "Title\nThe \xFF" "capital.\n");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(result.doc->content, "Title\nThe \xFF" "capital.\n");
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.txt:2:5: warning: invalid UTF-8 (byte 0xFF); text kept as read"}));
}

TEST(read_article, a_truncated_utf8_sequence_at_the_end_is_invalid) {
    const auto result = read_article("a.txt", "Kyiv\xE2\x80");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.txt:1:5: warning: invalid UTF-8 (byte 0xE2); text kept as read"}));
}

TEST(read_article, a_nul_byte_makes_it_binary_data_and_gives_no_document) {
    const auto result = read_article("a.txt", std::string("One.\nTw\0o.", 10));
    EXPECT_FALSE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics),
              (strings{"a.txt:2:3: error: not a plain-text article: binary data (a NUL byte)"}));
}

struct not_text_case {
    std::string bytes;
    std::string message;
};

TEST(read_article, files_that_are_no_text_at_all_are_refused_with_the_reason) {
    const std::vector<not_text_case> cases = {
        {"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "a.txt: error: not a plain-text article: a PDF document"},
        {"PK\x03\x04\x14", "a.txt: error: not a plain-text article: a ZIP archive (a .docx, .odt or .epub is one)"},
        {std::string("\xFF\xFEK\0y\0", 6), "a.txt: error: not a plain-text article: UTF-16 text; dateline reads UTF-8"},
        {"\xEF\xBB\xBF\n  <!DOCTYPE html><html><body>On Friday.</body></html>",
         "a.txt: error: not a plain-text article: an HTML page; save the article's text as .txt"},
        {"<HTML><p>On Friday.", "a.txt: error: not a plain-text article: an HTML page; save the article's text as .txt"},
        {"\x01\x02\x03 Friday \xFF\xFE\xFD", "a.txt: error: not a plain-text article: 6 of its first 14 bytes are not UTF-8 text"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.message);
        const auto result = read_article("a.txt", c.bytes);
        EXPECT_FALSE(result.doc.has_value());
        EXPECT_EQ(formatted(result.diagnostics), (strings{c.message}));
    }
}

TEST(read_article, one_stray_byte_in_ten_is_still_a_text_with_a_warning) {
    const auto result = read_article("a.txt", "Caf\xE9 on Friday");  // Latin-1: 1 bad byte in 14
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.txt:1:4: warning: invalid UTF-8 (byte 0xE9); text kept as read"}));
}

TEST(read_article, an_empty_file_is_an_empty_undated_document) {
    const auto result = read_article("empty.txt", "");
    ASSERT_TRUE(result.doc.has_value());
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.doc->body(), "");
}

TEST(read_article, a_lone_fence_is_a_front_matter_that_never_closes) {
    const auto result = read_article("a.md", "---");
    EXPECT_FALSE(result.doc.has_value());
    EXPECT_EQ(formatted(result.diagnostics), (strings{"a.md:1: error: front matter opened on line 1 is never closed"}));
}

TEST(date_origin, names_each_origin) {
    EXPECT_EQ(to_string(date_origin::front_matter), "front matter");
    EXPECT_EQ(to_string(date_origin::manifest), "manifest");
    EXPECT_EQ(to_string(date_origin::command_line), "--published");
    EXPECT_EQ(to_string(date_origin::text_dateline), "dateline in text");
    EXPECT_EQ(to_string(date_origin::none), "none");
}

}  // namespace
}  // namespace dateline
