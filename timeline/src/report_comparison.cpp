// reporting_documents, first_reporting_document, lag_days, find_disagreements, summarize_sources (see report_comparison.hpp).
#include "dateline/timeline/report_comparison.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/parallel.hpp"
#include "dateline/timeline/salience.hpp"
#include "disjoint_sets.hpp"
#include "word_ids.hpp"

namespace dateline {
namespace {

using detail::disjoint_sets;

std::optional<date::local_days> published_day(const chronology& c, const event& e) {
    if (e.document >= c.documents.size() || !c.documents[e.document].published) return std::nullopt;
    return c.documents[e.document].published->day;
}

struct dated_report {
    const event* e;
    const event_group* g;
    date::local_days day;
};

double median(std::vector<long> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1) return static_cast<double>(values[n / 2]);
    return (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2.0;
}

}  // namespace

std::vector<std::size_t> reporting_documents(const event_group& g) {
    std::vector<std::size_t> out = g.happening_documents;
    if (out.empty())
        for (const auto& e : g.reports) out.push_back(e.document);
    std::vector<std::size_t> seen;
    std::erase_if(out, [&](std::size_t d) {
        if (std::find(seen.begin(), seen.end(), d) != seen.end()) return true;
        seen.push_back(d);
        return false;
    });
    return out;
}

std::optional<std::size_t> first_reporting_document(const chronology& c, const event_group& g) {
    std::optional<std::size_t> first;
    const auto minutes = [](const publication_time& p) { return p.time_of_day.value_or(std::chrono::minutes{0}); };
    for (const std::size_t d : reporting_documents(g)) {
        if (d >= c.documents.size() || !c.documents[d].published) continue;
        const auto& p = *c.documents[d].published;
        if (!first) {
            first = d;
            continue;
        }
        const auto& q = *c.documents[*first].published;
        if (std::tuple(p.day, minutes(p), d) < std::tuple(q.day, minutes(q), *first)) first = d;
    }
    return first;
}

std::optional<long> lag_days(const chronology& c, const event_group& g, const event& e) {
    const auto day = published_day(c, e);
    if (!day) return std::nullopt;
    return static_cast<long>((*day - date::floor<date::days>(g.when.begin)).count());
}

std::vector<disagreement> find_disagreements(const chronology& c, unsigned threads) {
    std::vector<dated_report> reports;
    for (const auto& g : c.dated) {
        const auto day = day_of(g);
        if (!day || g.background) continue;
        for (const auto& e : g.reports) reports.push_back({&e, &g, *day});
    }
    std::stable_sort(reports.begin(), reports.end(),
                     [](const dated_report& a, const dated_report& b) { return a.day < b.day; });
    // Each report's numbered words: its own, or numbered here for events made without them.
    std::vector<const detail::word_list*> words(reports.size());
    std::vector<detail::word_list> numbered_here(reports.size());
    for_each_block(reports.size(), threads, [&](std::size_t i) {
        const event& e = *reports[i].e;
        words[i] = &e.content_stems;
        if (detail::lacks_content_stems(e)) {
            numbered_here[i] = detail::content_stem_ids(e.text);
            words[i] = &numbered_here[i];
        }
    });

    // Each report's partners later in the window, found on some thread, joined afterwards.
    std::vector<std::vector<std::size_t>> partners(reports.size());
    for_each_index(reports.size(), threads, [&](std::size_t i) {
        for (std::size_t j = i + 1; j < reports.size(); ++j) {
            const long apart = (reports[j].day - reports[i].day).count();
            if (apart > disagreement_max_days) break;
            if (apart == 0 || reports[i].e->document == reports[j].e->document) continue;
            if (!detail::may_reach(words[i]->size(), words[j]->size(), disagreement_dice)) continue;
            if (detail::dice_ids(*words[i], *words[j]) >= disagreement_dice) partners[i].push_back(j);
        }
    });
    disjoint_sets sets(reports.size());
    std::vector<bool> linked(reports.size(), false);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        for (const std::size_t j : partners[i]) {
            sets.join(i, j);
            linked[i] = linked[j] = true;
        }
    }

    std::map<std::size_t, std::vector<std::size_t>> clusters;  // by root
    for (std::size_t i = 0; i < reports.size(); ++i)
        if (linked[i]) clusters[sets.find(i)].push_back(i);

    std::vector<disagreement> out;
    for (const auto& [root, members] : clusters) {
        disagreement d;
        std::set<std::string> dates;
        for (const std::size_t i : members) {
            dates.insert(reports[i].g->value);
            d.reports.push_back({reports[i].e->document, reports[i].e->sentence_index});
        }
        d.dates.assign(dates.begin(), dates.end());
        std::sort(d.reports.begin(), d.reports.end(), [](const auto& a, const auto& b) {
            return std::tie(a.document, a.sentence) < std::tie(b.document, b.sentence);
        });
        out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const disagreement& a, const disagreement& b) {
        return std::tie(a.reports.front().document, a.reports.front().sentence) <
               std::tie(b.reports.front().document, b.reports.front().sentence);
    });
    return out;
}

std::string credited_name(const document& d) { return d.source.empty() ? d.path : d.source; }

std::vector<source_summary> summarize_sources(const chronology& c) {
    std::map<std::string, source_summary> by_source;
    std::map<std::string, std::vector<long>> lags;
    for (const auto& d : c.documents) {
        auto& s = by_source[d.source];
        s.source = d.source;
        ++s.documents;
    }
    for (const auto& g : c.dated) {
        if (g.background) continue;
        std::set<std::string> reporting;
        for (const auto& e : g.reports) {
            if (e.document >= c.documents.size()) continue;
            const std::string& source = c.documents[e.document].source;
            if (reporting.insert(source).second) ++by_source[source].events;
            if (const auto lag = lag_days(c, g, e)) lags[source].push_back(*lag);
        }
        if (const auto first = first_reporting_document(c, g)) ++by_source[c.documents[*first].source].first_reported;
    }
    std::vector<source_summary> out;
    for (auto& [source, s] : by_source) {
        if (const auto it = lags.find(source); it != lags.end() && !it->second.empty()) s.median_lag = median(it->second);
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const source_summary& a, const source_summary& b) { return a.documents > b.documents; });
    return out;
}

}  // namespace dateline
