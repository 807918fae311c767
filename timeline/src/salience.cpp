// score_days: per day, the documents that date a report to it, weighted (see salience.hpp).
#include "dateline/timeline/salience.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include "dateline/timeline/reader_comments.hpp"

namespace dateline {
namespace {

// A report that counts for its day: the day and document it counts for, and how.
struct day_report {
    date::local_days day;
    std::size_t document = 0;
    bool absolute = false;
    bool lead = false;
};

bool named_absolutely(const event& e) {
    return e.anchor < e.timexes.size() && e.timexes[e.anchor].r.anchor == anchor_kind::none;
}

std::size_t distinct_count(std::vector<date::local_days>& days) {
    std::sort(days.begin(), days.end());
    return static_cast<std::size_t>(std::unique(days.begin(), days.end()) - days.begin());
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
    std::vector<day_report> reports;  // sorted by day, then document, below
    for (const auto& g : c.dated) {
        const auto day = day_of(g);
        if (!day || g.background) continue;
        for (const auto& e : g.reports)
            if (!in_comments(e, comments))
                reports.push_back({*day, e.document, named_absolutely(e), e.sentence_index < m.lead_sentences});
    }
    std::sort(reports.begin(), reports.end(), [](const day_report& a, const day_report& b) {
        return std::tie(a.day, a.document) < std::tie(b.day, b.document);
    });

    std::vector<date::local_days> publication_days_of_all;  // one per dated document, sorted
    for (const auto& d : c.documents)
        if (d.published) publication_days_of_all.push_back(d.published->day);
    std::sort(publication_days_of_all.begin(), publication_days_of_all.end());
    const auto published_on = [&](date::local_days day) {
        const auto [from, to] = std::equal_range(publication_days_of_all.begin(), publication_days_of_all.end(), day);
        return static_cast<std::size_t>(to - from);
    };

    std::optional<date::local_days> last_published;
    if (!publication_days_of_all.empty()) last_published = publication_days_of_all.back();

    std::vector<day_salience> out;
    std::vector<date::local_days> publication_days;
    std::vector<date::local_days> recalling_days;
    for (std::size_t first = 0, end_of_day = 0; first < reports.size(); first = end_of_day) {
        const date::local_days day = reports[first].day;
        end_of_day = first;
        while (end_of_day < reports.size() && reports[end_of_day].day == day) ++end_of_day;
        if (last_published && (day - *last_published).count() > m.after_last_publication) continue;
        day_salience s;
        s.day = day;
        s.reports = end_of_day - first;
        publication_days.clear();
        recalling_days.clear();
        // Each document once, in document order: its reports of the day taken together.
        for (std::size_t k = first, next = first; k < end_of_day; k = next) {
            const std::size_t document = reports[k].document;
            bool absolute = false;
            bool lead = false;
            for (next = k; next < end_of_day && reports[next].document == document; ++next) {
                absolute = absolute || reports[next].absolute;
                lead = lead || reports[next].lead;
            }
            ++s.documents;
            double weight = m.per_document;
            if (absolute) weight += m.absolute_bonus;
            if (lead) weight += m.lead_bonus;
            if (const auto published = published_day(c, document)) {
                publication_days.push_back(*published);
                if ((*published - day).count() >= m.recalled_after) {
                    weight += m.recalled_bonus;
                    recalling_days.push_back(*published);
                }
            }
            s.score += weight;
        }
        s.publication_days = distinct_count(publication_days);
        s.recalling_days = distinct_count(recalling_days);
        s.score += m.per_publication_day * static_cast<double>(s.publication_days);
        s.score += m.per_recalling_day * static_cast<double>(s.recalling_days);
        s.score += m.per_published_document * static_cast<double>(published_on(day) + published_on(day + date::days{1}));
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
