// Merging reports and finding disagreements compare wording on several threads: the groups and
// the disagreements must be those of one thread, for any number of threads.
#include <gtest/gtest.h>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "test_support.hpp"

namespace dateline {
namespace {

using test::day;
using test::on_day;

// Words of a few happenings (ASCII, and stems of more than seven bytes: "Київська", "Zürichsee").
const std::vector<std::string> vocabulary = {
    "ceasefire", "talks",  "Geneva",  "envoy",    "prisoners", "exchanged", "drones", "Kyiv",
    "shelling",  "harbour", "Odesa",  "grain",    "ships",     "convoy",    "Київська", "Zürichsee",
    "floods",    "dam",    "Kherson", "evacuated", "villages", "minister",  "resigned", "budget"};

// 8 documents published over a week, 30 sentences each, of 4-6 words drawn from one of four
// happenings' words (a happening is six consecutive words of the vocabulary), dated to one of
// five days: many same-day pairs that merge, near pairs a day apart that disagree, and many that
// do neither.
struct corpus {
    std::vector<document> documents;
    std::vector<std::vector<event>> events_of;
};

corpus news() {
    corpus out;
    unsigned state = 12345;
    const auto next = [&](unsigned n) {
        state = state * 1103515245u + 12345u;
        return (state >> 16) % n;
    };
    for (std::size_t d = 0; d < 8; ++d) {
        out.documents.push_back(test::published_on(day(2025, 6, 3 + static_cast<unsigned>(d % 4)), "S" + std::to_string(d % 3)));
        out.events_of.emplace_back();
        for (std::size_t s = 0; s < 30; ++s) {
            const unsigned happening = next(4);
            std::string text;
            for (unsigned w = 0, words = 4 + next(3); w < words; ++w)
                text += vocabulary[6 * happening + next(6)] + (w + 1 < words ? " " : ".");
            out.events_of.back().push_back(on_day(d, s, text, day(2025, 6, 1 + next(5))));
        }
    }
    return out;
}

std::string shape(const std::vector<event_group>& groups) {
    std::string out;
    for (const auto& g : groups) {
        for (const auto& e : g.reports) out += std::to_string(e.document) + "#" + std::to_string(e.sentence_index) + " ";
        out += "|";
    }
    return out;
}

TEST(parallel_merge, merge_events_gives_the_same_groups_on_any_number_of_threads) {
    std::vector<event> events;
    for (const auto& of_document : news().events_of) events.insert(events.end(), of_document.begin(), of_document.end());
    const std::vector<event_group> one = merge_events(events, 1);
    std::size_t merged = 0;
    for (const auto& g : one) merged += g.reports.size() > 1 ? 1 : 0;
    EXPECT_GT(merged, 10u);
    EXPECT_LT(one.size(), events.size());
    for (const unsigned threads : {2u, 3u, 16u}) EXPECT_EQ(shape(merge_events(events, threads)), shape(one)) << threads;
}

TEST(parallel_merge, disagreements_are_the_same_on_any_number_of_threads) {
    corpus c = news();
    const chronology one = assemble_chronology(c.documents, c.events_of, 1);
    ASSERT_FALSE(one.disagreements.empty());
    for (const unsigned threads : {2u, 3u, 16u}) {
        const chronology n = assemble_chronology(c.documents, c.events_of, threads);
        EXPECT_EQ(shape(n.dated), shape(one.dated)) << threads;
        ASSERT_EQ(n.disagreements.size(), one.disagreements.size()) << threads;
        for (std::size_t i = 0; i < n.disagreements.size(); ++i) {
            EXPECT_EQ(n.disagreements[i].dates, one.disagreements[i].dates);
            EXPECT_EQ(n.disagreements[i].reports, one.disagreements[i].reports);
        }
        EXPECT_EQ(find_disagreements(one, threads).size(), one.disagreements.size());
    }
}

// Stems of more than seven bytes are numbered apart from the short ones: still compared by their
// letters ("київс" is shared, "одеса", "львів", "харкі" and "дніпр" are not).
TEST(parallel_merge, long_utf8_stems_are_compared_by_their_letters) {
    const auto d = day(2025, 6, 3);
    const std::vector<event> events = {on_day(0, 0, "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0 "
                                                    "\xD0\x9E\xD0\xB4\xD0\xB5\xD1\x81\xD0\xB0.", d),
                                       on_day(1, 0, "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xD1\x81\xD1\x8C\xD0\xBA\xD0\xB0 "
                                                    "\xD0\x9B\xD1\x8C\xD0\xB2\xD1\x96\xD0\xB2.", d),
                                       on_day(2, 0, "\xD0\xA5\xD0\xB0\xD1\x80\xD0\xBA\xD1\x96\xD0\xB2 "
                                                    "\xD0\x94\xD0\xBD\xD1\x96\xD0\xBF\xD1\x80\xD0\xBE.", d)};
    for (const unsigned threads : {1u, 2u}) EXPECT_EQ(shape(merge_events(events, threads)), "0#0 1#0 |2#0 |") << threads;
}

}  // namespace
}  // namespace dateline
