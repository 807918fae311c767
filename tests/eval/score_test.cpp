#include "dateline/eval/score.hpp"

#include <gtest/gtest.h>

namespace dateline {
namespace {

// Builds a timex over the first occurrence of `text` at or after `from` in `content`.
timex_annotation at(std::string_view content, std::string_view text, std::string type, std::string value,
                    std::size_t from = 0) {
    const std::size_t start = content.find(text, from);
    EXPECT_NE(start, std::string_view::npos) << text;
    return {start, start + text.size(), std::string(text), "", std::move(type), std::move(value), ""};
}

annotated_document gold_document(std::string content, std::vector<timex_annotation> timexes) {
    annotated_document a;
    a.doc.content = std::move(content);
    a.dct_value = "1998-01-12";
    a.timexes = std::move(timexes);
    return a;
}

constexpr std::string_view text = "On Monday, three days after 5 p.m. Friday, sales rose 5% this year.";

// Gold: 4 timexes. System: 5, of which
//   "Monday"            same extent, type and value: strict and relaxed, type and value right;
//   "three days after"  overlaps "three days": relaxed only, type and value right;
//   "Friday"            overlaps "5 p.m. Friday": relaxed only, extent, type and value wrong;
//   "sales", "rose"     overlap nothing: false alarms;
// and gold "this year" is missed.
// On paper: strict 1, relaxed 3, type right 2, value right 2.
//   strict  P = 1/5 = 0.2,  R = 1/4 = 0.25, F1 = 2*1/(4+5) = 2/9
//   relaxed P = 3/5 = 0.6,  R = 3/4 = 0.75, F1 = 2*3/9 = 2/3
//   type and value accuracy = 2/3; type and value F1 = 2/3 * 2/3 = 4/9
struct worked_example {
    annotated_document gold = gold_document(std::string(text), {
        at(text, "Monday", "DATE", "1998-01-12"),
        at(text, "three days", "DURATION", "P3D"),
        at(text, "5 p.m. Friday", "TIME", "1998-01-09T17:00"),
        at(text, "this year", "DATE", "1998"),
    });
    std::vector<timex_annotation> system = {
        at(text, "Monday", "DATE", "1998-01-12"),
        at(text, "three days after", "DURATION", "P3D"),
        at(text, "Friday", "DATE", "1998-01-09"),
        at(text, "sales", "DATE", "XXXX"),
        at(text, "rose", "DATE", "XXXX"),
    };
};

TEST(score_document, counts_strict_and_relaxed_matches_and_attribute_agreement) {
    const worked_example w;
    const document_score s = score_document("TimeBank/a.tml", "TimeBank", w.gold, w.system);
    EXPECT_EQ(s.path, "TimeBank/a.tml");
    EXPECT_EQ(s.corpus, "TimeBank");
    EXPECT_EQ(s.dct, "1998-01-12");
    EXPECT_EQ(s.c, (counts{4, 5, 1, 3, 2, 2}));
}

TEST(compute_figures, gives_the_figures_worked_out_on_paper) {
    const figures f = compute_figures(counts{4, 5, 1, 3, 2, 2});
    EXPECT_DOUBLE_EQ(*f.strict.precision, 0.2);
    EXPECT_DOUBLE_EQ(*f.strict.recall, 0.25);
    EXPECT_DOUBLE_EQ(*f.strict.f1, 2.0 / 9.0);
    EXPECT_DOUBLE_EQ(*f.relaxed.precision, 0.6);
    EXPECT_DOUBLE_EQ(*f.relaxed.recall, 0.75);
    EXPECT_DOUBLE_EQ(*f.relaxed.f1, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*f.type_accuracy, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*f.value_accuracy, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*f.type_f1, 4.0 / 9.0);
    EXPECT_DOUBLE_EQ(*f.value_f1, 4.0 / 9.0);
}

TEST(compute_figures, f1_is_the_harmonic_mean_of_precision_and_recall) {
    for (const counts& c : {counts{10, 7, 3, 5, 4, 2}, counts{3, 9, 1, 2, 2, 1}, counts{1, 1, 1, 1, 1, 1}}) {
        const figures f = compute_figures(c);
        const double p = *f.strict.precision;
        const double r = *f.strict.recall;
        EXPECT_DOUBLE_EQ(*f.strict.f1, 2 * p * r / (p + r));
        EXPECT_DOUBLE_EQ(*f.type_f1, *f.relaxed.f1 * *f.type_accuracy);
        EXPECT_DOUBLE_EQ(*f.value_f1, *f.relaxed.f1 * *f.value_accuracy);
    }
}

TEST(compute_figures, leaves_out_what_has_nothing_to_count) {
    const figures none = compute_figures(counts{});
    EXPECT_FALSE(none.strict.precision);
    EXPECT_FALSE(none.strict.recall);
    EXPECT_FALSE(none.strict.f1);
    EXPECT_FALSE(none.type_accuracy);
    EXPECT_FALSE(none.value_f1);

    // A system that finds nothing: no precision, but recall and F1 are 0.
    const figures silent = compute_figures(counts{5, 0, 0, 0, 0, 0});
    EXPECT_FALSE(silent.relaxed.precision);
    EXPECT_EQ(silent.relaxed.recall, 0.0);
    EXPECT_EQ(silent.relaxed.f1, 0.0);
    EXPECT_FALSE(silent.value_accuracy);
    EXPECT_EQ(silent.value_f1, 0.0);
}

TEST(score_document, lists_each_error_in_text_order_with_context) {
    const worked_example w;
    const document_score s = score_document("a.tml", "c", w.gold, w.system);
    std::vector<std::pair<error_kind, std::string>> seen;
    for (const scoring_error& e : s.errors) seen.emplace_back(e.kind, e.gold ? e.gold->text : e.system->text);
    const std::vector<std::pair<error_kind, std::string>> expected = {
        {error_kind::extent, "three days"},   {error_kind::extent, "5 p.m. Friday"},
        {error_kind::type, "5 p.m. Friday"},  {error_kind::value, "5 p.m. Friday"},
        {error_kind::false_alarm, "sales"},   {error_kind::false_alarm, "rose"},
        {error_kind::missed, "this year"},
    };
    EXPECT_EQ(seen, expected);

    const scoring_error& value = s.errors[3];
    ASSERT_TRUE(value.gold && value.system);
    EXPECT_EQ(value.system->value, "1998-01-09");
    EXPECT_EQ(value.before, "On Monday, three days after ");
    EXPECT_EQ(value.after, ", sales rose 5% this year.");

    const scoring_error& missed = s.errors[6];
    EXPECT_FALSE(missed.system);
    EXPECT_EQ(missed.before, "days after 5 p.m. Friday, sales rose 5% ");  // 40 characters, no more
    EXPECT_EQ(missed.after, ".");
}

TEST(score_document, context_is_forty_characters_with_white_space_folded) {
    const std::string content = std::string(50, 'a') + "\n\n  Friday \t\n" + std::string(50, 'b');
    const annotated_document gold = gold_document(content, {at(content, "Friday", "DATE", "1998-01-09")});
    const document_score s = score_document("a.tml", "c", gold, {});
    ASSERT_EQ(s.errors.size(), 1U);
    EXPECT_EQ(s.errors[0].before, std::string(39, 'a') + " ");
    EXPECT_EQ(s.errors[0].after, " " + std::string(39, 'b'));
}

TEST(score_document, context_counts_characters_not_bytes) {
    const std::string content = "caf\xC3\xA9 Friday \xE2\x80\x9Cok\xE2\x80\x9D";
    const annotated_document gold = gold_document(content, {at(content, "Friday", "DATE", "1998-01-09")});
    const document_score s = score_document("a.tml", "c", gold, {});
    ASSERT_EQ(s.errors.size(), 1U);
    EXPECT_EQ(s.errors[0].before, "caf\xC3\xA9 ");
    EXPECT_EQ(s.errors[0].after, " \xE2\x80\x9Cok\xE2\x80\x9D");
}

TEST(score_document, values_equal_up_to_zero_seconds_count_as_right) {
    const std::string content = "at 10:35 a.m.";
    const annotated_document gold = gold_document(content, {at(content, "10:35 a.m.", "TIME", "1998-08-07T10:35")});
    const document_score s =
        score_document("a.tml", "c", gold, {at(content, "10:35 a.m.", "TIME", "1998-08-07T10:35:00")});
    EXPECT_EQ(s.c, (counts{1, 1, 1, 1, 1, 1}));
    EXPECT_TRUE(s.errors.empty());
}

TEST(score_document, gold_against_itself_is_perfect) {
    const worked_example w;
    const document_score s = score_document("a.tml", "c", w.gold, w.gold.timexes);
    EXPECT_EQ(s.c, (counts{4, 4, 4, 4, 4, 4}));
    EXPECT_TRUE(s.errors.empty());
}

TEST(summarize, pools_counts_per_corpus_sorted_by_name_and_overall) {
    std::vector<document_score> docs = {
        {"TimeBank/a.tml", "TimeBank", "", counts{4, 5, 1, 3, 2, 2}, {}},
        {"AQUAINT/b.tml", "AQUAINT", "", counts{2, 1, 1, 1, 1, 0}, {}},
        {"TimeBank/c.tml", "TimeBank", "", counts{1, 0, 0, 0, 0, 0}, {}},
    };
    const evaluation e = summarize(docs);
    ASSERT_EQ(e.documents.size(), 3U);
    EXPECT_EQ(e.documents[0].path, "TimeBank/a.tml");
    ASSERT_EQ(e.corpora.size(), 2U);
    EXPECT_EQ(e.corpora[0].corpus, "AQUAINT");
    EXPECT_EQ(e.corpora[0].documents, 1U);
    EXPECT_EQ(e.corpora[0].c, (counts{2, 1, 1, 1, 1, 0}));
    EXPECT_EQ(e.corpora[1].corpus, "TimeBank");
    EXPECT_EQ(e.corpora[1].documents, 2U);
    EXPECT_EQ(e.corpora[1].c, (counts{5, 5, 1, 3, 2, 2}));
    EXPECT_EQ(e.overall.corpus, "all");
    EXPECT_EQ(e.overall.documents, 3U);
    EXPECT_EQ(e.overall.c, (counts{7, 6, 2, 4, 3, 2}));
}

TEST(error_kind, reads_as_words) {
    EXPECT_EQ(to_string(error_kind::missed), "missed");
    EXPECT_EQ(to_string(error_kind::false_alarm), "false alarm");
    EXPECT_EQ(to_string(error_kind::extent), "wrong extent");
    EXPECT_EQ(to_string(error_kind::type), "wrong type");
    EXPECT_EQ(to_string(error_kind::value), "wrong value");
}

}  // namespace
}  // namespace dateline
