// build_chronology: tag every document, extract its events, merge and order the dated ones, mark
// the background, score the days and find the reports that disagree about a date.
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/background.hpp"
#include "dateline/timeline/merge.hpp"
#include "dateline/timeline/report_comparison.hpp"
#include "dateline/timeline/salience.hpp"

namespace dateline {

chronology build_chronology(std::vector<document> documents) {
    chronology out;
    std::vector<event> dated;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const document& doc = documents[i];
        if (!doc.dated())
            out.diagnostics.push_back({severity::warning, doc.path, 0, 0,
                                       "no publication date found; relative dates left unresolved"});
        for (auto& e : extract_events(i, doc, tag_document(doc))) {
            if (e.when) {
                dated.push_back(std::move(e));
            } else {
                out.undated.push_back(std::move(e));
            }
        }
    }
    out.dated = merge_events(std::move(dated));
    order_groups(out.dated);
    out.documents = std::move(documents);
    mark_background(out);
    assign_salience(out);
    out.disagreements = find_disagreements(out);
    return out;
}

}  // namespace dateline
