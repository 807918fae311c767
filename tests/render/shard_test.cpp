// The shard line: what `tag -f shard` writes for a document reads back as the same document and
// events, and every kind of bad line is refused with its reason.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dateline/render/json.hpp"
#include "dateline/render/shard.hpp"
#include "dateline/render/tag_jsonl.hpp"
#include "dateline/timeline/analyze.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using test::day;

document article() {
    document d;
    d.path = "news/kyiv.txt";
    d.content = "---\npublished: 2025-04-24\n---\nKyiv was hit hard last night. The envoy is expected to meet "
                "Putin on Friday.\n\nThursday, April 24, 2025\n";
    d.body_begin = d.content.find("Kyiv");
    d.published = publication_time{day(2025, 4, 24), std::chrono::minutes{21 * 60 + 10}, "Europe/Kyiv"};
    d.published_from = date_origin::front_matter;
    d.published_evidence = "front matter line 2: published: 2025-04-24";
    d.title = "Kyiv \"hit\" hard";
    d.source = "Kyiv Daily";
    d.url = "https://kyiv.example/a";
    return d;
}

std::string line_of(const document& d, const shard_origin& origin = {"news/kyiv.txt", 0}) {
    const tagged_document tagged = tag_document(d);
    return render_shard_line(d, tagged, extract_events(0, d, tagged), origin, "0.1.0");
}

// For checks that look at no timex (their rule names would be gone with `rules`).
shard_line_result read(std::string_view text, bool ends_line = true) {
    rule_names rules;
    return read_shard_line("part-1.shard", 7, text, ends_line, "0.1.0", rules);
}

std::string problem_of(std::string_view text, bool ends_line = true) {
    const shard_line_result r = read(text, ends_line);
    EXPECT_FALSE(r.document);
    return r.problem ? format(*r.problem) : "(no problem)";
}

TEST(shard_line, begins_with_its_version_and_origin_then_holds_the_tag_line_keys) {
    const document d = article();
    const std::string line = line_of(d, {"news/kyiv.txt", 3});
    const std::string tag = render_tag_jsonl(d, tag_document(d));
    EXPECT_EQ(line.rfind(R"({"dateline_shard":1,"dateline":"0.1.0","input":"news/kyiv.txt","item":3,)", 0), 0u) << line;
    EXPECT_NE(line.find(tag.substr(1, tag.size() - 3)), std::string::npos);
    ASSERT_EQ(line.back(), '\n');
    EXPECT_EQ(line.find('\n'), line.size() - 1);
    const auto j = nlohmann::json::parse(line);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) keys.push_back(key);
    // nlohmann::json sorts keys; the set is what matters here (the order is checked above).
    EXPECT_EQ(keys, (std::vector<std::string>{"dateline", "dateline_shard", "document", "events", "input", "item",
                                              "published", "published_evidence", "published_from", "published_zone",
                                              "source", "timexes", "title", "url"}));
    EXPECT_EQ(j.at("published"), "2025-04-24T21:10");
    EXPECT_EQ(j.at("published_zone"), "Europe/Kyiv");
    // The dateline line "Thursday, April 24, 2025" dates the article and makes no event.
    ASSERT_EQ(j.at("events").size(), 2u);
    EXPECT_EQ(j.at("events")[0].dump(),
              R"({"dated_by":0,"end":59,"sentence":0,"start":30,"text":"Kyiv was hit hard last night.","timexes":[0]})");
    EXPECT_EQ(j.at("events")[1].at("timexes"), nlohmann::json::array({1}));
}

TEST(shard_line, reads_back_as_the_same_document_and_events) {
    const document d = article();
    const tagged_document tagged = tag_document(d);
    const std::vector<event> events = extract_events(0, d, tagged);
    rule_names rules;
    const shard_line_result r =
        read_shard_line("s", 1, render_shard_line(d, tagged, events, {"news/kyiv.txt", 3}, "0.1.0"), true, "0.1.0", rules);
    ASSERT_TRUE(r.document) << (r.problem ? format(*r.problem) : "");
    EXPECT_FALSE(r.problem);
    const shard_document& s = *r.document;
    EXPECT_EQ(s.origin, (shard_origin{"news/kyiv.txt", 3}));
    EXPECT_EQ(s.doc.path, d.path);
    EXPECT_EQ(s.doc.published, d.published);
    EXPECT_EQ(s.doc.published_from, d.published_from);
    EXPECT_EQ(s.doc.published_evidence, d.published_evidence);
    EXPECT_EQ(s.doc.title, d.title);
    EXPECT_EQ(s.doc.source, d.source);
    EXPECT_EQ(s.doc.url, d.url);
    EXPECT_EQ(s.doc.content, "");
    EXPECT_EQ(format(s.where), "s:1: error: ");

    // The chronology of the shard's document is the one of the article, byte for byte.
    std::vector<document> docs{d};
    const std::string direct = render_json(build_chronology(docs), {});
    document without_text = s.doc;
    const std::string merged = render_json(assemble_chronology({without_text}, {s.events}), {});
    EXPECT_EQ(merged, direct);
    ASSERT_EQ(s.events.size(), events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(s.events[i].when, events[i].when);
        EXPECT_EQ(s.events[i].value, events[i].value);
        EXPECT_EQ(s.events[i].timexes.size(), events[i].timexes.size());
        EXPECT_EQ(s.events[i].timexes[s.events[i].anchor].r.rule, events[i].timexes[events[i].anchor].r.rule);
    }
}

TEST(shard_line, an_undated_document_keeps_its_undated_events) {
    document d = article();
    d.published.reset();
    d.published_from = date_origin::none;
    d.published_evidence.clear();
    rule_names rules;  // outlives the events that view its names
    const shard_line_result r = read_shard_line("s", 1, line_of(d), true, "0.1.0", rules);
    ASSERT_TRUE(r.document);
    EXPECT_FALSE(r.document->doc.published);
    std::vector<document> docs{d};
    EXPECT_EQ(render_json(assemble_chronology({r.document->doc}, {r.document->events}), {}),
              render_json(build_chronology(docs), {}));
}

TEST(shard_line, strings_that_are_not_utf8_come_back_byte_for_byte) {
    document d = article();
    d.title = "Caf\xe9";
    d.url = "https://ex.example/\xff";
    const std::string line = line_of(d);
    EXPECT_NE(line.find(R"("raw_bytes":{"/title":[67,97,102,233],"/url":[104,116,116,112,115,58,47,47,101,120,46,101,)"
                        R"(120,97,109,112,108,101,47,255]})"),
              std::string::npos)
        << line;
    const shard_line_result r = read(line);
    ASSERT_TRUE(r.document);
    EXPECT_EQ(r.document->doc.title, d.title);
    EXPECT_EQ(r.document->doc.url, d.url);
    std::string edited = line;
    edited.replace(edited.find("\"/title\""), 8, "\"/titel\"");
    EXPECT_EQ(problem_of(edited), "part-1.shard:7: error: bad shard line: \"raw_bytes\" names no string of the line: \"/titel\"");
}

TEST(shard_line, a_cut_last_line_is_a_truncated_shard) {
    const std::string line = line_of(article());
    EXPECT_EQ(problem_of(std::string_view(line).substr(0, line.size() / 2), false),
              "part-1.shard:7: error: truncated shard: the last line is cut off (no end of line, and its JSON is not "
              "complete)");
}

TEST(shard_line, a_complete_last_line_without_its_newline_is_read) {
    const std::string line = line_of(article());
    EXPECT_TRUE(read(std::string_view(line).substr(0, line.size() - 1), false).document);
}

TEST(shard_line, white_space_around_it_is_no_problem) {
    std::string line = line_of(article());
    line.pop_back();
    EXPECT_TRUE(read(line + "\t").document);   // Hadoop Streaming's empty value after a tab
    EXPECT_TRUE(read(line + "\r").document);   // a CRLF line end
    EXPECT_TRUE(read("  " + line).document);
}

TEST(shard_line, a_shard_of_another_version_is_refused_with_both_versions) {
    std::string line = line_of(article());
    line.replace(line.find("0.1.0"), 5, "0.0.9");
    EXPECT_EQ(problem_of(line),
              "part-1.shard:7: error: shard written by dateline 0.0.9 (shard format 1); this is dateline 0.1.0 (shard "
              "format 1): tag the articles again with this dateline");
    std::string other_format = line_of(article());
    other_format.replace(other_format.find("\"dateline_shard\":1"), 18, "\"dateline_shard\":2");
    EXPECT_EQ(problem_of(other_format),
              "part-1.shard:7: error: shard written by dateline 0.1.0 (shard format 2); this is dateline 0.1.0 (shard "
              "format 1): tag the articles again with this dateline");
}

TEST(shard_line, lines_that_are_not_shard_lines_say_what_they_are) {
    const document d = article();
    EXPECT_EQ(problem_of(render_tag_jsonl(d, tag_document(d))),
              "part-1.shard:7: error: a line of \"dateline tag -f jsonl\", not a shard: write shards with \"dateline "
              "tag -f shard\"");
    EXPECT_EQ(problem_of("Kyiv was hit hard last night."),
              "part-1.shard:7: error: not a dateline shard line: not JSON (error at byte 1)");
    EXPECT_EQ(problem_of("[1, 2]"), "part-1.shard:7: error: not a dateline shard line: not a JSON object");
    EXPECT_EQ(problem_of(R"({"id": 1})"), "part-1.shard:7: error: not a dateline shard line: no \"dateline_shard\" key");
}

TEST(shard_line, a_bad_key_is_named) {
    const std::string line = line_of(article());
    const auto edited = [&](std::string_view from, std::string_view to) {
        std::string out = line;
        const auto at = out.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        out.replace(at, from.size(), to);
        return problem_of(out);
    };
    EXPECT_EQ(edited("\"item\":0", "\"item\":-1"),
              "part-1.shard:7: error: bad shard line: \"item\" is not a count (0, 1, 2, ...)");
    EXPECT_EQ(edited("\"title\":", "\"headline\":"), "part-1.shard:7: error: bad shard line: \"title\" is missing");
    EXPECT_EQ(edited("\"granularity\":\"part_of_day\"", "\"granularity\":\"fortnight\""),
              "part-1.shard:7: error: bad shard line: \"timexes\"[0].\"granularity\" is not one of its names: "
              "\"fortnight\"");
    EXPECT_EQ(edited("\"begin\":\"2025-04-23T18:00:00\"", "\"begin\":\"2025-04-23 18:00\""),
              "part-1.shard:7: error: bad shard line: \"timexes\"[0].\"interval\".\"begin\" is not a local time: "
              "\"2025-04-23 18:00\"");
    EXPECT_EQ(edited("\"begin\":\"2025-04-23T18:00:00\"", "\"begin\":\"2025-04-30T18:00:00\""),
              "part-1.shard:7: error: bad shard line: \"timexes\"[0].\"interval\" does not end after it begins: "
              "\"2025-04-30T18:00:00\" to \"2025-04-24T06:00:00\"");
    EXPECT_EQ(edited("\"begin\":\"2025-04-23T18:00:00\"", "\"begin\":\"2025-04-24T06:00:00\""),
              "part-1.shard:7: error: bad shard line: \"timexes\"[0].\"interval\" does not end after it begins: "
              "\"2025-04-24T06:00:00\" to \"2025-04-24T06:00:00\"");
    EXPECT_EQ(edited("\"timexes\":[1]", "\"timexes\":[9]"),
              "part-1.shard:7: error: bad shard line: \"events\"[1].\"timexes\" holds something that is not the index "
              "of one of the line's timexes");
    EXPECT_EQ(edited("\"published\":\"2025-04-24T21:10\"", "\"published\":\"24 April\""),
              "part-1.shard:7: error: bad shard line: \"published\" is not a publication date: \"24 April\"");
    EXPECT_EQ(edited("\"published_from\":\"front_matter\"", "\"published_from\":\"front matter\""),
              "part-1.shard:7: error: bad shard line: \"published_from\" is not one of its names: \"front matter\"");
}

}  // namespace
}  // namespace dateline
