#include "dateline/eval/report.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dateline {
namespace {

constexpr std::string_view text = "Sales fell on Monday and rose this week.";

timex_annotation at(std::string_view span, std::string value) {
    const std::size_t start = text.find(span);
    return {start, start + span.size(), std::string(span), "", "DATE", std::move(value), ""};
}

// Gold "Monday" and "this week"; the system finds "Monday" with the wrong value.
// counts: gold 2, system 1, strict 1, relaxed 1, type right 1, value right 0.
evaluation small_evaluation() {
    annotated_document gold;
    gold.doc.content = std::string(text);
    gold.dct_value = "1998-01-14";
    gold.timexes = {at("Monday", "1998-01-12"), at("this week", "1998-W03")};
    return summarize({score_document("TimeBank/a.tml", "TimeBank", gold, {at("Monday", "1998-01-05")})});
}

TEST(format_evaluation_text, prints_a_table_per_corpus_and_overall) {
    EXPECT_EQ(format_evaluation_text(small_evaluation(), {}),
              "                                ------ strict ------  ----- relaxed ------  --- type ----  --- value ---\n"
              "corpus     docs   gold system        P      R     F1       P      R     F1     acc     F1     acc     F1\n"
              "TimeBank      1      2      1    1.000  0.500  0.667   1.000  0.500  0.667   1.000  0.667   0.000  0.000\n"
              "all           1      2      1    1.000  0.500  0.667   1.000  0.500  0.667   1.000  0.667   0.000  0.000\n");
}

TEST(format_evaluation_text, adds_document_rows_and_errors_with_context_and_dct) {
    const std::string out = format_evaluation_text(small_evaluation(), {true, true});
    const std::string documents =
        "\n"
        "                                      ------ strict ------  ----- relaxed ------  --- type ----  --- value ---\n"
        "document         docs   gold system        P      R     F1       P      R     F1     acc     F1     acc     F1\n"
        "TimeBank/a.tml      1      2      1    1.000  0.500  0.667   1.000  0.500  0.667   1.000  0.667   0.000  0.000\n";
    const std::string errors =
        "\n"
        "errors: 2\n"
        "TimeBank/a.tml (DCT 1998-01-14)\n"
        "  wrong value  \"Monday\"  gold DATE 1998-01-12  system DATE 1998-01-05\n"
        "               ...Sales fell on [Monday] and rose this week....\n"
        "  missed       \"this week\"  gold DATE 1998-W03\n"
        "               ...Sales fell on Monday and rose [this week]....\n";
    EXPECT_EQ(out, format_evaluation_text(small_evaluation(), {}) + documents + errors);
}

TEST(format_evaluation_text, shows_a_dash_for_figures_with_nothing_to_count) {
    annotated_document gold;
    gold.doc.content = std::string(text);
    gold.timexes = {at("Monday", "1998-01-12")};
    EXPECT_EQ(format_evaluation_text(summarize({score_document("x/a.tml", "x", gold, {})}), {}),
              "                              ------ strict ------  ----- relaxed ------  --- type ----  --- value ---\n"
              "corpus   docs   gold system        P      R     F1       P      R     F1     acc     F1     acc     F1\n"
              "x           1      1      0        -  0.000  0.000       -  0.000  0.000       -  0.000       -  0.000\n"
              "all         1      1      0        -  0.000  0.000       -  0.000  0.000       -  0.000       -  0.000\n");
}

TEST(format_evaluation_json, holds_counts_figures_documents_and_errors) {
    const auto j = nlohmann::json::parse(format_evaluation_json(small_evaluation(), {true, true}));
    EXPECT_EQ(j["overall"]["corpus"], "all");
    EXPECT_EQ(j["overall"]["documents"], 1);
    EXPECT_EQ(j["overall"]["gold"], 2);
    EXPECT_EQ(j["overall"]["system"], 1);
    EXPECT_EQ(j["overall"]["strict_matches"], 1);
    EXPECT_EQ(j["overall"]["value_correct"], 0);
    EXPECT_EQ(j["overall"]["strict"]["precision"], 1.0);
    EXPECT_EQ(j["overall"]["relaxed"]["recall"], 0.5);
    EXPECT_DOUBLE_EQ(j["overall"]["type"]["f1"].get<double>(), 2.0 / 3.0);
    EXPECT_EQ(j["overall"]["value"]["accuracy"], 0.0);
    ASSERT_EQ(j["corpora"].size(), 1U);
    EXPECT_EQ(j["corpora"][0]["corpus"], "TimeBank");

    ASSERT_EQ(j["documents"].size(), 1U);
    EXPECT_EQ(j["documents"][0]["path"], "TimeBank/a.tml");
    EXPECT_EQ(j["documents"][0]["corpus"], "TimeBank");
    EXPECT_EQ(j["documents"][0]["dct"], "1998-01-14");

    ASSERT_EQ(j["errors"].size(), 2U);
    const auto& wrong = j["errors"][0];
    EXPECT_EQ(wrong["kind"], "wrong value");
    EXPECT_EQ(wrong["path"], "TimeBank/a.tml");
    EXPECT_EQ(wrong["dct"], "1998-01-14");
    EXPECT_EQ(wrong["gold"]["value"], "1998-01-12");
    EXPECT_EQ(wrong["gold"]["start"], 14);
    EXPECT_EQ(wrong["system"]["value"], "1998-01-05");
    EXPECT_EQ(wrong["before"], "Sales fell on ");
    EXPECT_EQ(wrong["after"], " and rose this week.");
    EXPECT_TRUE(j["errors"][1]["system"].is_null());
}

TEST(format_evaluation_json, leaves_out_documents_and_errors_unless_asked_and_writes_null_for_absent_figures) {
    annotated_document gold;
    gold.doc.content = std::string(text);
    gold.timexes = {at("Monday", "1998-01-12")};
    const auto j = nlohmann::json::parse(format_evaluation_json(summarize({score_document("a", "x", gold, {})}), {}));
    EXPECT_FALSE(j.contains("documents"));
    EXPECT_FALSE(j.contains("errors"));
    EXPECT_TRUE(j["overall"]["strict"]["precision"].is_null());
    EXPECT_EQ(j["overall"]["strict"]["recall"], 0.0);
}

}  // namespace
}  // namespace dateline
