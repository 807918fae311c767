// Safe look-ups across a chronology: indices that point nowhere give nullptr, never a crash.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline::render_detail {

inline const document* document_of(const chronology& c, const event& e) {
    return e.document < c.documents.size() ? &c.documents[e.document] : nullptr;
}

inline const timex* dating_timex(const event& e) {
    return e.anchor < e.timexes.size() ? &e.timexes[e.anchor] : nullptr;
}

// Consecutive event groups sharing one TIMEX3 value, as [first, last) index pairs: each run is
// shown under one date heading.
inline std::vector<std::pair<std::size_t, std::size_t>> date_runs(const std::vector<event_group>& groups) {
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (runs.empty() || groups[runs.back().first].value != groups[i].value) runs.push_back({i, i + 1});
        else runs.back().second = i + 1;
    }
    return runs;
}

// Documents without a publication date, in input order.
inline std::vector<const document*> undated_documents(const chronology& c) {
    std::vector<const document*> out;
    for (const auto& d : c.documents)
        if (!d.dated()) out.push_back(&d);
    return out;
}

}  // namespace dateline::render_detail
