// Inputs handled a batch at a time, in input order, so that memory holds a few batches of text.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "dateline/timeline/ordered_batches.hpp"
#include "inputs.hpp"

namespace dateline::cli {

// Small enough that the first batch is read quickly (nothing else runs meanwhile) and that a few
// of them in memory stay small; large enough that a batch holds many documents.
inline constexpr std::size_t input_batch_bytes = std::size_t{256} << 10;

// A batch of inputs and what each of its documents became.
template <class Result>
struct worked_inputs {
    loaded_inputs inputs;
    std::size_t first_document = 0;  // the documents of the batches before this one
    std::vector<Result> results;     // results[i] is that of inputs.documents[i]
};

// The batches in flight with `threads` threads: the one being taken, those being worked on, one
// read ahead.
inline std::size_t input_batch_slots(unsigned threads) { return threads > 1 ? std::size_t{threads} + 2 : 1; }

// Reads `inputs` a batch at a time; `work(document, origin, n)` gives the result of the n-th
// document of the run, on up to `threads` threads; `take` gets each batch in input order once all
// its documents are worked, until the inputs are done or it returns false. Later batches are read
// and worked while a batch is being taken.
template <class Result>
void for_each_input_batch(input_stream& inputs, unsigned threads,
                          const std::function<Result(document&, const shard_origin&, std::size_t)>& work,
                          const std::function<bool(worked_inputs<Result>&)>& take) {
    std::size_t documents_read = 0;
    run_batches_of<worked_inputs<Result>>(
        threads, input_batch_slots(threads),
        [&](worked_inputs<Result>& batch) -> std::optional<std::size_t> {
            if (inputs.done()) return std::nullopt;
            batch.inputs = inputs.next(input_batch_bytes);
            batch.first_document = documents_read;
            documents_read += batch.inputs.documents.size();
            batch.results.assign(batch.inputs.documents.size(), Result{});
            return batch.results.size();
        },
        [&](worked_inputs<Result>& batch, std::size_t i) {
            batch.results[i] = work(batch.inputs.documents[i], batch.inputs.origins[i], batch.first_document + i);
        },
        [&](worked_inputs<Result>& batch) {
            const bool go = take(batch);
            batch = {};  // its memory freed now, not when the slot is read into again
            return go;
        });
}

}  // namespace dateline::cli
