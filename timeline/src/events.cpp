// extract_events: one event per sentence dated by at least one of its timexes; in an undated
// document, sentences whose relative expressions could not be resolved become undated events.
#include <algorithm>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/events.hpp"
#include "dateline/timeline/sentences.hpp"
#include "text_scan.hpp"

namespace dateline {

bool dates_an_event(const resolution& r) {
    if (!r.resolved() || !r.when || r.grain == granularity::none || r.type == timex_type::set) return false;
    return !r.value.ends_with("_REF");  // PRESENT_REF, PAST_REF, FUTURE_REF: no calendar date
}

std::optional<std::size_t> event_anchor(const std::vector<timex>& timexes) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < timexes.size(); ++i) {
        if (!dates_an_event(timexes[i].r)) continue;
        if (!best || timexes[i].r.grain < timexes[*best].r.grain) best = i;  // strict: ties keep the first
    }
    return best;
}

void set_anchor(event& e, std::size_t anchor) {
    e.anchor = anchor;
    const resolution& r = e.timexes[anchor].r;
    if (!dates_an_event(r)) return;  // an undated event: anchored by an expression left unresolved
    e.when = r.when;
    e.grain = r.grain;
    e.value = r.value;
}

namespace {

// "Thursday, April 24, 2025" on a line of its own dates the article, it reports no happening:
// a sentence with no letter or digit outside its expressions makes no event.
bool only_expressions(std::string_view content, sentence_span s, const std::vector<timex>& timexes) {
    std::size_t pos = s.begin;
    std::size_t next = 0;
    while (pos < s.end && pos < content.size()) {
        if (next < timexes.size() && pos >= timexes[next].begin) {
            pos = std::max(pos, timexes[next++].end);
            continue;
        }
        if (detail::is_ascii_alnum(content[pos])) return false;
        ++pos;
    }
    return true;
}

}  // namespace

std::vector<event> extract_events(std::size_t document_index, const document& doc, const tagged_document& tagged) {
    std::vector<event> out;
    const auto& timexes = tagged.timexes;
    std::size_t t = 0;
    for (std::size_t si = 0; si < tagged.sentences.size(); ++si) {
        const sentence_span s = tagged.sentences[si];
        while (t < timexes.size() && timexes[t].begin < s.begin) ++t;  // in no sentence (clutter)
        const std::size_t first = t;
        while (t < timexes.size() && timexes[t].begin < s.end) ++t;
        if (first == t) continue;
        const std::vector<timex> in_sentence(timexes.begin() + static_cast<std::ptrdiff_t>(first),
                                             timexes.begin() + static_cast<std::ptrdiff_t>(t));
        if (only_expressions(doc.content, s, in_sentence)) continue;

        event e;
        e.document = document_index;
        e.sentence_index = si;
        e.span = s;
        e.timexes = in_sentence;
        if (const auto anchor = event_anchor(e.timexes)) {
            set_anchor(e, *anchor);
        } else {
            const auto missing = std::find_if(e.timexes.begin(), e.timexes.end(),
                                              [](const timex& x) { return x.r.anchor == anchor_kind::missing; });
            if (doc.dated() || missing == e.timexes.end()) continue;
            set_anchor(e, static_cast<std::size_t>(missing - e.timexes.begin()));
        }
        e.text = sentence_text(doc.content, s);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace dateline
