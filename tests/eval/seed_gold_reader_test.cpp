#include "dateline/eval/seed_gold_reader.hpp"

#include <gtest/gtest.h>

namespace dateline {
namespace {

std::vector<std::string> formatted(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const diagnostic& d : ds) out.push_back(format(d));
    return out;
}

// "Kyiv" is preceded by a two-byte character, so character and byte offsets differ by one.
const std::string article = "Caf\xC3\xA9 owners in Kyiv said on Thursday that last night was quiet.";

TEST(seed_gold_reader, prefers_byte_offsets_and_returns_timexes_in_text_order) {
    const auto r = read_seed_gold("g.json", R"({
      "doc": "a.txt", "dct": "2025-04-24",
      "timexes": [
        {"text": "last night", "start": 42, "end": 52, "start_byte": 43, "end_byte": 53,
         "type": "TIME", "value": "2025-04-23TNI", "note": "ignored"},
        {"text": "Thursday", "occurrence": 1, "start": 28, "end": 36, "start_byte": 29, "end_byte": 37,
         "type": "DATE", "value": "2025-04-24", "mod": "END", "tid": "t3"}
      ]})");
    ASSERT_TRUE(r.gold) << testing::PrintToString(formatted(r.diagnostics));
    EXPECT_TRUE(r.diagnostics.empty());
    EXPECT_EQ(r.gold->doc, "a.txt");
    EXPECT_EQ(r.gold->dct, "2025-04-24");

    const annotated_result a = attach_article(*r.gold, "g.json", "texts/a.txt", article);
    ASSERT_TRUE(a.doc) << testing::PrintToString(formatted(a.diagnostics));
    EXPECT_TRUE(a.diagnostics.empty());
    EXPECT_EQ(a.doc->doc.path, "texts/a.txt");
    EXPECT_EQ(a.doc->doc.content, article);
    EXPECT_EQ(a.doc->dct_value, "2025-04-24");
    ASSERT_TRUE(a.doc->doc.published);
    EXPECT_EQ(a.doc->doc.published->day, date::local_days{date::year{2025} / 4 / 24});
    EXPECT_EQ(a.doc->doc.published_from, date_origin::manifest);
    ASSERT_EQ(a.doc->timexes.size(), 2U);
    EXPECT_EQ(a.doc->timexes[0], (timex_annotation{29, 37, "Thursday", "t3", "DATE", "2025-04-24", "END"}));
    EXPECT_EQ(a.doc->timexes[1], (timex_annotation{43, 53, "last night", "", "TIME", "2025-04-23TNI", ""}));
}

TEST(seed_gold_reader, uses_start_and_end_when_there_are_no_byte_offsets) {
    const auto r = read_seed_gold("g.json", R"({"doc": "a.txt", "dct": "2025-04-24",
      "timexes": [{"text": "Thursday", "start": 29, "end": 37, "type": "DATE", "value": "2025-04-24"}]})");
    ASSERT_TRUE(r.gold);
    const annotated_result a = attach_article(*r.gold, "g.json", "a.txt", article);
    ASSERT_TRUE(a.doc) << testing::PrintToString(formatted(a.diagnostics));
    EXPECT_EQ(a.doc->timexes[0].start, 29U);
}

TEST(seed_gold_reader, character_offsets_that_miss_the_text_are_errors) {
    const auto r = read_seed_gold("g.json", R"({"doc": "a.txt", "dct": "2025-04-24",
      "timexes": [{"text": "Thursday", "start": 28, "end": 36, "type": "DATE", "value": "2025-04-24"},
                  {"text": "night", "start": 50, "end": 90, "type": "TIME", "value": "2025-04-23TNI"}]})");
    ASSERT_TRUE(r.gold);
    const annotated_result a = attach_article(*r.gold, "g.json", "a.txt", article);
    EXPECT_FALSE(a.doc);
    EXPECT_EQ(formatted(a.diagnostics),
              (std::vector<std::string>{
                  "g.json: error: /timexes/0: \"Thursday\" is not at bytes 28-36 of a.txt (found \" Thursda\")",
                  "g.json: error: /timexes/1: bytes 50-90 are not a span of a.txt (64 bytes)"}));
}

TEST(seed_gold_reader, a_dct_that_is_not_a_date_is_an_error) {
    const auto r = read_seed_gold("g.json", R"({"doc": "a.txt", "dct": "April 24", "timexes": []})");
    ASSERT_TRUE(r.gold);
    const annotated_result a = attach_article(*r.gold, "g.json", "a.txt", article);
    EXPECT_FALSE(a.doc);
    EXPECT_EQ(formatted(a.diagnostics),
              std::vector<std::string>{
                  "g.json: error: /dct: \"April 24\" is not a date (YYYY-MM-DD, optionally THH:MM or THH:MM:SS)"});
}

TEST(seed_gold_reader, invalid_json_is_an_error_at_its_line_and_column) {
    const auto r = read_seed_gold("g.json", "{\n  \"doc\": \"a.txt\",\n  \"dct\": 2025-04-24\n}");
    EXPECT_FALSE(r.gold);
    ASSERT_EQ(r.diagnostics.size(), 1U);
    EXPECT_EQ(r.diagnostics[0].path, "g.json");
    EXPECT_EQ(r.diagnostics[0].line, 3U);
    EXPECT_EQ(r.diagnostics[0].column, 15U);
    EXPECT_TRUE(r.diagnostics[0].message.starts_with("invalid JSON: syntax error while parsing object")) 
        << r.diagnostics[0].message;
}

// Found by fuzz/read_seed_gold_fuzzer: nlohmann throws out_of_range, not parse_error, for a
// number no double can hold, and the uncaught exception ended `dateline eval`.
TEST(seed_gold_reader, a_number_too_large_for_a_double_is_invalid_json_not_a_crash) {
    const auto r = read_seed_gold("g.json", "{\"doc\": \"a.txt\", \"dct\": \"2025-04-24\", \"timexes\": [1e999]}");
    EXPECT_FALSE(r.gold);
    EXPECT_EQ(formatted(r.diagnostics), (std::vector<std::string>{"g.json: error: invalid JSON: number overflow parsing '1e999'"}));
}

struct schema_case {
    const char* name;
    const char* json;
    std::vector<std::string> messages;
};

class seed_gold_reader_schema : public testing::TestWithParam<schema_case> {};

TEST_P(seed_gold_reader_schema, names_each_problem_by_its_json_pointer) {
    const auto r = read_seed_gold("g.json", GetParam().json);
    EXPECT_FALSE(r.gold);
    EXPECT_EQ(formatted(r.diagnostics), GetParam().messages);
}

const schema_case schema_cases[] = {
    {"not_an_object", "[]", {"g.json: error: /: expected an object with \"doc\", \"dct\" and \"timexes\""}},
    {"nothing_given", "{}",
     {"g.json: error: /: missing \"doc\"", "g.json: error: /: missing \"dct\"", "g.json: error: /: missing \"timexes\""}},
    {"doc_not_a_string", R"({"doc": 3, "dct": "2025-04-24", "timexes": []})", {"g.json: error: /doc: expected a string"}},
    {"timexes_not_an_array", R"({"doc": "a", "dct": "2025-04-24", "timexes": {}})",
     {"g.json: error: /timexes: expected an array"}},
    {"timex_not_an_object", R"({"doc": "a", "dct": "2025-04-24", "timexes": [1]})",
     {"g.json: error: /timexes/0: expected an object"}},
    {"timex_fields_missing", R"({"doc": "a", "dct": "2025-04-24", "timexes": [{"text": "x"}]})",
     {"g.json: error: /timexes/0: missing \"start\"", "g.json: error: /timexes/0: missing \"end\"",
      "g.json: error: /timexes/0: missing \"type\"", "g.json: error: /timexes/0: missing \"value\""}},
    {"negative_offset",
     R"({"doc": "a", "dct": "2025-04-24", "timexes": [{"text": "x", "start_byte": -1, "end_byte": 1, "type": "DATE", "value": "X"}]})",
     {"g.json: error: /timexes/0/start_byte: expected a byte offset (an integer, 0 or more)"}},
    {"unknown_type",
     R"({"doc": "a", "dct": "2025-04-24", "timexes": [{"text": "x", "start": 0, "end": 1, "type": "DAY", "value": "X"}]})",
     {"g.json: error: /timexes/0/type: \"DAY\" is not DATE, TIME, DURATION or SET"}},
    {"mod_not_a_string",
     R"({"doc": "a", "dct": "2025-04-24", "timexes": [{"text": "x", "start": 0, "end": 1, "type": "DATE", "value": "X", "mod": 1}]})",
     {"g.json: error: /timexes/0/mod: expected a string"}},
};

INSTANTIATE_TEST_SUITE_P(cases, seed_gold_reader_schema, testing::ValuesIn(schema_cases),
                         [](const testing::TestParamInfo<schema_case>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace dateline
