#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dateline/render/json.hpp"
#include "golden.hpp"
#include "sample_chronology.hpp"

namespace dateline {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

std::vector<std::string> keys(const ordered_json& j) {
    std::vector<std::string> out;
    for (const auto& [key, value] : j.items()) out.push_back(key);
    return out;
}

TEST(json, sample_chronology_matches_golden_file) {
    EXPECT_EQ(render_json(test::sample_chronology(), {}), test::golden("chronology.json"));
}

TEST(json, output_parses_back_to_the_same_values) {
    const std::string text = render_json(test::sample_chronology(), {});
    const json j = json::parse(text);
    EXPECT_EQ(j.at("dateline_version"), "0.1");
    EXPECT_EQ(j.at("title"), "Chronology");
    ASSERT_EQ(j.at("documents").size(), 3u);
    EXPECT_EQ(j.at("documents")[2].at("published"), nullptr);
    EXPECT_EQ(j.at("documents")[2].at("undated"), true);
    ASSERT_EQ(j.at("events").size(), 3u);
    const json& wednesday = j.at("events")[1];
    EXPECT_EQ(wednesday.at("when").at("value"), "2025-04-23");
    EXPECT_EQ(wednesday.at("when").at("display"), "Wed 23 Apr 2025");
    ASSERT_EQ(wednesday.at("reports").size(), 2u);
    EXPECT_EQ(wednesday.at("reports")[1].at("document"), 1);
    EXPECT_EQ(wednesday.at("reports")[1].at("timexes")[0].at("anchor_value"), "2025-04-25");
    const json& night = j.at("events")[2].at("when");
    EXPECT_EQ(night.at("type"), "TIME");
    EXPECT_EQ(night.at("begin"), "2025-04-23T18:00:00");
    EXPECT_EQ(night.at("end"), "2025-04-24T06:00:00");
    EXPECT_EQ(j.at("undated")[0].at("timexes")[0].at("value"), "");
    EXPECT_EQ(j.at("undated")[0].at("timexes")[0].at("anchor"), "missing");
    EXPECT_EQ(j.at("diagnostics")[0].at("text"), "d.txt:3:14: warning: expected a date after \"published:\"");
    // Dumping what was parsed (keys sorted) and parsing again changes nothing.
    EXPECT_EQ(json::parse(j.dump()), j);
}

TEST(json, keys_come_in_the_documented_order) {
    const ordered_json j = ordered_json::parse(render_json(test::sample_chronology(), {}));
    EXPECT_EQ(keys(j), (std::vector<std::string>{"dateline_version", "title", "documents", "events", "undated",
                                                 "disagreements", "diagnostics"}));
    EXPECT_EQ(keys(j["documents"][0]), (std::vector<std::string>{"id", "path", "published", "published_zone",
                                                                "published_from", "published_evidence", "title", "source", "url",
                                                                "undated"}));
    EXPECT_EQ(keys(j["events"][0]), (std::vector<std::string>{"when", "salience", "background", "first_reported", "reports"}));
    EXPECT_EQ(keys(j["events"][0]["when"]),
              (std::vector<std::string>{"value", "type", "begin", "end", "granularity", "display"}));
    EXPECT_EQ(keys(j["events"][0]["reports"][0]),
              (std::vector<std::string>{"document", "sentence", "text", "timexes", "dated_by", "lag_days"}));
    EXPECT_EQ(keys(j["events"][0]["reports"][0]["timexes"][0]),
              (std::vector<std::string>{"start", "end", "text", "type", "value", "mod", "rule", "anchor",
                                        "anchor_value", "tense", "interval", "granularity"}));
    EXPECT_EQ(keys(j["diagnostics"][0]),
              (std::vector<std::string>{"severity", "path", "line", "column", "message", "text"}));
}

TEST(json, same_chronology_gives_the_same_bytes) {
    EXPECT_EQ(render_json(test::sample_chronology(), {}), render_json(test::sample_chronology(), {}));
}

TEST(json, hostile_text_round_trips_exactly) {
    chronology c = test::sample_chronology();
    const std::string hostile = "</script><script>alert(\"x\")</script>\\ \n\t\x01 “quoted”";
    c.documents[0].title = hostile;
    c.dated[0].reports[0].text = hostile;
    const json j = json::parse(render_json(c, {}));
    EXPECT_EQ(j["documents"][0]["title"], hostile);
    EXPECT_EQ(j["events"][0]["reports"][0]["text"], hostile);
}

TEST(json, bytes_that_are_not_utf8_become_replacement_characters_not_an_exception) {
    chronology c = test::sample_chronology();
    c.documents[0].title = "bad \xff byte";
    const json j = json::parse(render_json(c, {}));
    EXPECT_EQ(j["documents"][0]["title"], "bad \xef\xbf\xbd byte");
}

TEST(json, empty_chronology_has_every_top_level_key) {
    EXPECT_EQ(render_json(chronology{}, {}),
              "{\n  \"dateline_version\": \"0.1\",\n  \"title\": \"Chronology\",\n  \"documents\": [],\n"
              "  \"events\": [],\n  \"undated\": [],\n  \"disagreements\": [],\n  \"diagnostics\": []\n}\n");
}

}  // namespace
}  // namespace dateline
