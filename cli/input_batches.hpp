// Inputs handled a batch at a time, in input order, so that memory holds about one batch of text.
#pragma once

#include <cstddef>
#include <functional>

#include "inputs.hpp"

namespace dateline::cli {

// Enough documents to keep every thread busy, few enough that memory holds only a batch (its
// documents, their folded copies while tagged, and what is made of them).
inline constexpr std::size_t input_batch_bytes = std::size_t{8} << 20;

// Calls `handle` with each batch of `inputs` in order, until the inputs are done or `handle`
// returns false. With more than one thread the next batch is read while this one is handled.
void for_each_input_batch(input_stream& inputs, unsigned threads, const std::function<bool(loaded_inputs&)>& handle);

}  // namespace dateline::cli
