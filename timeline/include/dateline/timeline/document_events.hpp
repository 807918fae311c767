// The events of documents, for a build that reads its inputs a batch at a time.
#pragma once

#include <cstddef>
#include <vector>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// Tags each document and extracts its events on up to `threads` threads; the events of
// documents[i] name it as document first_index + i.
std::vector<std::vector<event>> events_of_documents(const std::vector<document>& documents, std::size_t first_index,
                                                    unsigned threads);

// The events of `doc`, numbered as document `index`, then its text dropped (nothing after that
// reads it, as a build from shards shows), so a build holds events and metadata, not whole texts.
std::vector<event> take_document_events(document& doc, std::size_t index);

}  // namespace dateline
