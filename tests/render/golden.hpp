// Expected outputs kept as files in tests/render/golden/, read byte for byte.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace dateline::test {

inline std::string golden(const std::string& name) {
    std::ifstream in(std::string(DATELINE_SOURCE_DIR) + "/tests/render/golden/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace dateline::test
