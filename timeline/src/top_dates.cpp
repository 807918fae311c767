// select_top: rank the days by salience, keep the best, and each day's representative reports.
#include "dateline/timeline/top_dates.hpp"

#include <algorithm>
#include <map>

#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/reader_comments.hpp"

namespace dateline {
namespace {

std::string day_value(date::local_days day) { return date::format("%F", day); }

bool mentions_day(const disagreement& d, const std::vector<std::string>& picked) {
    return std::any_of(d.dates.begin(), d.dates.end(), [&](const std::string& value) {
        return std::binary_search(picked.begin(), picked.end(), value.substr(0, 10));
    });
}

}  // namespace

bool tells_its_day(const event& e) {
    if (e.anchor >= e.timexes.size()) return true;
    const timex& anchor = e.timexes[e.anchor];
    return anchor.clause_tense != tense::future && anchor.r.grain >= granularity::part_of_day;
}

std::vector<std::size_t> representative_reports(const std::vector<const event*>& reports, std::size_t count) {
    std::vector<std::size_t> order;  // the candidates: the reports that tell the day, if any
    for (std::size_t i = 0; i < reports.size(); ++i)
        if (tells_its_day(*reports[i])) order.push_back(i);
    if (order.empty())
        for (std::size_t i = 0; i < reports.size(); ++i) order.push_back(i);

    std::vector<std::vector<std::string>> words(reports.size());
    for (const std::size_t i : order) words[i] = content_words(reports[i]->text);

    std::vector<double> centrality(reports.size(), 0.0);
    for (std::size_t a = 0; a < order.size(); ++a)
        for (std::size_t b = a + 1; b < order.size(); ++b) {
            const double d = dice(words[order[a]], words[order[b]]);
            centrality[order[a]] += d;
            centrality[order[b]] += d;
        }

    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return centrality[a] > centrality[b]; });

    std::vector<std::size_t> chosen;
    for (const std::size_t i : order) {
        if (chosen.size() >= count) break;
        const bool duplicate = std::any_of(chosen.begin(), chosen.end(), [&](std::size_t k) {
            return dice(words[i], words[k]) >= near_duplicate_dice;
        });
        if (!duplicate) chosen.push_back(i);
    }
    return chosen;
}

std::vector<day_salience> most_salient_days(const chronology& c, const salience_model& m, std::size_t count) {
    auto scores = score_days(c, m);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const day_salience& a, const day_salience& b) { return a.score > b.score; });
    if (scores.size() > count) scores.resize(count);
    std::sort(scores.begin(), scores.end(),
              [](const day_salience& a, const day_salience& b) { return a.day < b.day; });
    return scores;
}

chronology select_top(const chronology& c, const top_request& request) {
    const auto scores = most_salient_days(c, request.model, request.count);

    const auto comments = comment_section_starts(c);
    std::map<date::local_days, std::vector<const event*>> reports_of;
    std::map<date::local_days, std::vector<const event_group*>> happening_of;  // beside reports_of
    for (const auto& s : scores) reports_of[s.day];
    for (const auto& g : c.dated) {
        const auto day = day_of(g);
        if (!day || g.background) continue;
        const auto it = reports_of.find(*day);
        if (it == reports_of.end()) continue;
        for (const auto& e : g.reports) {
            if (in_comments(e, comments)) continue;
            it->second.push_back(&e);
            happening_of[*day].push_back(&g);
        }
    }

    chronology out;
    out.documents = c.documents;
    out.diagnostics = c.diagnostics;
    std::vector<std::string> picked;
    for (const auto& s : scores) {
        const auto& reports = reports_of[s.day];
        std::vector<const event_group*> compared;  // happenings whose reporting is shown already
        for (const std::size_t i : representative_reports(reports, request.per_date)) {
            event_group g;
            g.when = {s.day, s.day + date::days{1}};
            g.grain = granularity::day;
            g.value = day_value(s.day);
            g.salience = s.score;
            g.reports.push_back(*reports[i]);
            const event_group* happening = happening_of[s.day][i];
            if (std::find(compared.begin(), compared.end(), happening) == compared.end()) {
                compared.push_back(happening);
                for (const auto& e : happening->reports) g.happening_documents.push_back(e.document);
            }
            out.dated.push_back(std::move(g));
        }
        picked.push_back(day_value(s.day));
    }
    for (const auto& d : c.disagreements)
        if (mentions_day(d, picked)) out.disagreements.push_back(d);
    return out;
}

}  // namespace dateline
