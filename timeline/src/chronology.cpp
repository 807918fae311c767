// build_chronology: tag every document and extract its events (in parallel), then merge and
// order the dated ones (in document order, so the result is the same for any thread count), mark
// the background, score the days and find the reports that disagree about a date.
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/background.hpp"
#include "dateline/timeline/document_events.hpp"
#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "dateline/timeline/salience.hpp"

namespace dateline {

chronology build_chronology(std::vector<document> documents, unsigned threads) {
    std::vector<std::vector<event>> events_of = events_of_documents(documents, 0, threads);
    return assemble_chronology(std::move(documents), std::move(events_of), threads);
}

chronology assemble_chronology(std::vector<document> documents, std::vector<std::vector<event>> events_of,
                               unsigned threads) {
    chronology out;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (!documents[i].dated())
            out.diagnostics.push_back({severity::warning, documents[i].path, 0, 0,
                                       "no publication date found; relative dates left unresolved"});
        for (auto& e : events_of[i])
            if (!e.when) out.undated.push_back(std::move(e));
    }
    out.dated = merge_document_events(std::move(events_of), threads);
    order_groups(out.dated);
    out.documents = std::move(documents);
    mark_background(out);
    assign_salience(out);
    out.disagreements = find_disagreements(out, threads);
    return out;
}

}  // namespace dateline
