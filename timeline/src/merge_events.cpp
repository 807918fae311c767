// merge_events: reports of one happening are events with the same date and close wording.
//
// The thresholds were chosen on the seed articles with their gold dates (merge_test.cpp keeps the
// sentences). Dice of content words cut to five letters, for pairs with the same date:
//   part of day: all six reports of the night strike of 23 -> 24 April in 000 and 003 are one
//     happening. Their best links: 0.33 ("Russia launched heavy airstrikes against Ukraine last
//     night." / "Russia attacked Ukraine again overnight."), 0.30, 0.25, 0.21, 0.21, and 0.20 and
//     0.17 for the sentence that joins last ("In the largest Russian missile and drone attack on
//     Kyiv ... on Thursday night."). 0.15 joins them all with a margin; no two different
//     happenings share a night in the seeds.
//   day: Trump's Wednesday rebuke in 000 and 003 scores 0.40; the closest pairs that are
//     different happenings of one day score 0.30 (the rebuke / "Trump had said a deal ... was
//     within reach on Wednesday") and 0.27 (002: the Putin call on Tuesday / the sirens in Kyiv
//     after it). 0.35 sits between them.
//   coarser: the same weekend, week and year in 000's own summary bullets score 0.50, 0.69 and
//     0.88; two different attacks that were each among the largest "this year" (000, 001) score
//     0.18. 0.45 keeps them apart.
#include <algorithm>
#include <numeric>
#include <tuple>

#include "content_stems.hpp"
#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/parallel.hpp"
#include "disjoint_sets.hpp"
#include "word_ids.hpp"

namespace dateline {
namespace {

using detail::disjoint_sets;

struct date_key {
    date::local_seconds begin;
    date::local_seconds end;
    granularity grain;
    auto tie() const { return std::tie(begin, end, grain); }
};

date_key key_of(const event& e) { return {e.when->begin, e.when->end, e.grain}; }

bool source_before(const event& a, const event& b) {
    return std::tie(a.document, a.sentence_index) < std::tie(b.document, b.sentence_index);
}

// The group's value: that of its first report dated by a DATE or TIME (not a duration's
// implied interval), else that of its first report.
std::string group_value(const std::vector<event>& reports) {
    for (const auto& e : reports) {
        if (e.anchor >= e.timexes.size()) return e.value;  // made by hand, without its timexes
        const auto type = e.timexes[e.anchor].r.type;
        if (type == timex_type::date || type == timex_type::time) return e.value;
    }
    return reports.front().value;
}

// Numbers the content words of the events that came without them (made by hand, read from a
// shard); a build's own events were numbered where they were extracted.
void number_missing_content_stems(const std::vector<event*>& events, unsigned threads) {
    for_each_block(events.size(), threads, [&](std::size_t i) {
        event& e = *events[i];
        if (detail::lacks_content_stems(e)) e.content_stems = detail::content_stem_ids(e.text);
    });
}

// The groups of the dated events, each event moved once, into its group.
std::vector<event_group> group_events(std::vector<event*> events, unsigned threads) {
    // Source order; it usually comes so (documents in order, each one's events in order).
    const auto before = [](const event* a, const event* b) { return source_before(*a, *b); };
    if (!std::is_sorted(events.begin(), events.end(), before)) std::stable_sort(events.begin(), events.end(), before);
    number_missing_content_stems(events, threads);

    // Compare only events with the same date: sort indexes by date, walk runs of equal dates.
    std::vector<std::size_t> by_date(events.size());
    std::iota(by_date.begin(), by_date.end(), std::size_t{0});
    std::stable_sort(by_date.begin(), by_date.end(),
                     [&](std::size_t a, std::size_t b) { return key_of(*events[a]).tie() < key_of(*events[b]).tie(); });
    std::vector<std::size_t> run_end(by_date.size());  // of the run that by_date[x] is in
    for (std::size_t x = by_date.size(); x-- > 0;) {
        const bool last = x + 1 == by_date.size() || key_of(*events[by_date[x + 1]]).tie() != key_of(*events[by_date[x]]).tie();
        run_end[x] = last ? x + 1 : run_end[x + 1];
    }

    // The pairs of a run are independent: each x finds its partners on some thread, and the sets
    // are joined afterwards (the components do not depend on the order of the joins).
    std::vector<std::vector<std::size_t>> partners(by_date.size());
    for_each_index(by_date.size(), threads, [&](std::size_t x) {
        const event& a = *events[by_date[x]];
        const double threshold = merge_threshold(a.grain);
        for (std::size_t y = x + 1; y < run_end[x]; ++y) {
            const event& b = *events[by_date[y]];
            if (a.document == b.document && a.sentence_index == b.sentence_index) continue;
            if (!detail::may_reach(a.content_stems.size(), b.content_stems.size(), threshold)) continue;
            if (detail::dice_ids(a.content_stems, b.content_stems) >= threshold) partners[x].push_back(by_date[y]);
        }
    });
    disjoint_sets sets(events.size());
    for (std::size_t x = 0; x < by_date.size(); ++x)
        for (const std::size_t y : partners[x]) sets.join(by_date[x], y);

    // Each group's events (groups numbered in the order of their first reports, events in source
    // order), laid end to end: group g's are members[first[g]] .. members[first[g + 1]].
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> group_of_root(events.size(), none);
    std::vector<std::size_t> group_of(events.size());
    std::vector<std::size_t> first;
    for (std::size_t i = 0; i < events.size(); ++i) {
        std::size_t& g = group_of_root[sets.find(i)];
        if (g == none) {
            g = first.size();
            first.push_back(0);
        }
        group_of[i] = g;
        ++first[g];
    }
    std::exclusive_scan(first.begin(), first.end(), first.begin(), std::size_t{0});
    first.push_back(events.size());
    std::vector<std::size_t> members(events.size());
    std::vector<std::size_t> filled(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < events.size(); ++i) members[filled[group_of[i]]++] = i;

    // The groups made on every thread: their events moved in, once each.
    std::vector<event_group> groups(first.size() - 1);
    for_each_block(groups.size(), threads, [&](std::size_t g) {
        event_group& group = groups[g];
        group.reports.reserve(first[g + 1] - first[g]);
        for (std::size_t k = first[g]; k < first[g + 1]; ++k) group.reports.push_back(std::move(*events[members[k]]));
        group.when = *group.reports.front().when;
        group.grain = group.reports.front().grain;
        group.value = group_value(group.reports);
    });
    return groups;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    detail::for_each_content_stem(text, word, [&](std::string_view w) { words.emplace_back(w); });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return detail::sorted_dice(a, b);
}

double merge_threshold(granularity g) {
    if (g < granularity::day) return 0.15;
    if (g == granularity::day) return 0.35;
    return 0.45;
}

bool same_date(const event& a, const event& b) {
    return a.when && b.when && *a.when == *b.when && a.grain == b.grain;
}

bool reports_same_happening(const event& a, const event& b) {
    if (!same_date(a, b)) return false;
    if (a.document == b.document && a.sentence_index == b.sentence_index) return false;
    return dice(content_words(a.text), content_words(b.text)) >= merge_threshold(a.grain);
}

std::vector<event_group> merge_events(std::vector<event> events, unsigned threads) {
    std::vector<event*> dated;
    for (auto& e : events)
        if (e.when) dated.push_back(&e);
    return group_events(std::move(dated), threads);
}

std::vector<event_group> merge_document_events(std::vector<std::vector<event>> events_of, unsigned threads) {
    std::vector<event*> dated;
    for (auto& of_document : events_of)
        for (auto& e : of_document)
            if (e.when) dated.push_back(&e);
    return group_events(std::move(dated), threads);
}

}  // namespace dateline
