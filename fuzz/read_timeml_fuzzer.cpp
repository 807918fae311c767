// read_timeml on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotated_check.hpp"
#include "dateline/eval/timeml_reader.hpp"

using namespace dateline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzz::check_annotated(read_timeml("fuzz.tml", bytes), "fuzz.tml");
    return 0;
}
