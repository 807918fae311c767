// score_days: per day, the documents that date a report to it, weighted (see salience.hpp).
#include "dateline/timeline/salience.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "dateline/timeline/reader_comments.hpp"

namespace dateline {
namespace {

struct document_evidence {
    bool absolute = false;
    bool lead = false;
};

struct day_evidence {
    std::map<std::size_t, document_evidence> documents;  // by document index
    std::size_t reports = 0;
};

bool named_absolutely(const event& e) {
    return e.anchor < e.timexes.size() && e.timexes[e.anchor].r.anchor == anchor_kind::none;
}

std::optional<date::local_days> published_day(const chronology& c, std::size_t document) {
    if (document >= c.documents.size() || !c.documents[document].published) return std::nullopt;
    return c.documents[document].published->day;
}

}  // namespace

std::optional<date::local_days> day_of(const event_group& g) {
    if (g.grain > granularity::day) return std::nullopt;
    return date::floor<date::days>(g.when.begin);
}

std::vector<day_salience> score_days(const chronology& c, const salience_model& m) {
    const auto comments = comment_section_starts(c);
    std::map<date::local_days, day_evidence> days;
    for (const auto& g : c.dated) {
        const auto day = day_of(g);
        if (!day || g.background) continue;
        for (const auto& e : g.reports) {
            if (in_comments(e, comments)) continue;
            day_evidence& evidence = days[*day];
            ++evidence.reports;
            document_evidence& d = evidence.documents[e.document];
            d.absolute = d.absolute || named_absolutely(e);
            d.lead = d.lead || e.sentence_index < m.lead_sentences;
        }
    }

    std::map<date::local_days, std::size_t> published_on;
    for (const auto& d : c.documents)
        if (d.published) ++published_on[d.published->day];

    std::optional<date::local_days> last_published;
    if (!published_on.empty()) last_published = published_on.rbegin()->first;

    std::vector<day_salience> out;
    out.reserve(days.size());
    for (const auto& [day, evidence] : days) {
        if (last_published && (day - *last_published).count() > m.after_last_publication) continue;
        day_salience s;
        s.day = day;
        s.reports = evidence.reports;
        s.documents = evidence.documents.size();
        std::set<date::local_days> publication_days;
        std::set<date::local_days> recalling_days;
        for (const auto& [document, d] : evidence.documents) {
            double weight = m.per_document;
            if (d.absolute) weight += m.absolute_bonus;
            if (d.lead) weight += m.lead_bonus;
            if (const auto published = published_day(c, document)) {
                publication_days.insert(*published);
                if ((*published - day).count() >= m.recalled_after) {
                    weight += m.recalled_bonus;
                    recalling_days.insert(*published);
                }
            }
            s.score += weight;
        }
        s.publication_days = publication_days.size();
        s.recalling_days = recalling_days.size();
        s.score += m.per_publication_day * static_cast<double>(publication_days.size());
        s.score += m.per_recalling_day * static_cast<double>(recalling_days.size());
        std::size_t published = 0;
        for (const auto on : {day, day + date::days{1}})
            if (const auto it = published_on.find(on); it != published_on.end()) published += it->second;
        s.score += m.per_published_document * static_cast<double>(published);
        out.push_back(s);
    }
    return out;
}

void assign_salience(chronology& c, const salience_model& m) {
    const auto scores = score_days(c, m);
    for (auto& g : c.dated) {
        g.salience.reset();
        const auto day = day_of(g);
        if (!day || g.background) continue;
        const auto it = std::lower_bound(scores.begin(), scores.end(), *day,
                                         [](const day_salience& s, date::local_days d) { return s.day < d; });
        if (it != scores.end() && it->day == *day) g.salience = it->score;
    }
}

}  // namespace dateline
