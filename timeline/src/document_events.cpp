#include "dateline/timeline/document_events.hpp"

#include <string>

#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/parallel.hpp"
#include "word_ids.hpp"

namespace dateline {
namespace {

// The events of a document with their words numbered, on the thread that tagged it.
std::vector<event> numbered_events(std::size_t index, const document& doc) {
    std::vector<event> events = extract_events(index, doc, tag_document(doc));
    for (auto& e : events) e.content_stems = detail::content_stem_ids(e.text);
    return events;
}

}  // namespace

std::vector<std::vector<event>> events_of_documents(const std::vector<document>& documents, std::size_t first_index,
                                                    unsigned threads) {
    std::vector<std::vector<event>> events_of(documents.size());
    for_each_index(documents.size(), threads, [&](std::size_t i) {
        events_of[i] = numbered_events(first_index + i, documents[i]);
    });
    return events_of;
}

std::vector<event> take_document_events(document& doc, std::size_t index) {
    std::vector<event> events = numbered_events(index, doc);
    std::string().swap(doc.content);
    doc.body_begin = 0;
    return events;
}

}  // namespace dateline
