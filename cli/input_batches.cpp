#include "input_batches.hpp"

#include <future>

namespace dateline::cli {

void for_each_input_batch(input_stream& inputs, unsigned threads, const std::function<bool(loaded_inputs&)>& handle) {
    const auto read_next = [&inputs] { return inputs.next(input_batch_bytes); };
    std::future<loaded_inputs> reading;
    if (threads > 1) reading = std::async(std::launch::async, read_next);
    // inputs is asked whether it is done only while no read is running.
    while (reading.valid() || !inputs.done()) {
        loaded_inputs batch = reading.valid() ? reading.get() : read_next();
        if (threads > 1 && !inputs.done()) reading = std::async(std::launch::async, read_next);
        if (!handle(batch)) {
            if (reading.valid()) reading.wait();
            return;
        }
    }
}

}  // namespace dateline::cli
