// From a document to its sentences and resolved timexes (what `dateline tag` prints), and from
// documents to a merged, ordered chronology (what `dateline build` prints).
#pragma once

#include <vector>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// Splits the body into sentences, recognises expressions, finds the tense of each clause,
// and resolves each expression against the DCT or the narrative reference time.
tagged_document tag_document(const document& doc);

// Events of one document: sentences with at least one timex whose value is a date or time.
std::vector<event> extract_events(std::size_t document_index, const document& doc,
                                  const tagged_document& tagged);

// Tags every document, extracts events, merges reports of one happening across documents,
// and orders the result. Documents are tagged on up to `threads` threads. Deterministic: output
// depends only on the documents and their order, never on `threads`.
chronology build_chronology(std::vector<document> documents, unsigned threads = 1);

// The second half of build_chronology, from events already extracted (events_of[i] are those of
// documents[i], with event::document == i): merge, order, background, salience, disagreements.
// Documents' content is not read, so documents rebuilt from shards (shard.hpp) need none. The
// wording of reports is compared on up to `threads` threads (the result is the same for any).
chronology assemble_chronology(std::vector<document> documents, std::vector<std::vector<event>> events_of,
                               unsigned threads = 1);

}  // namespace dateline
