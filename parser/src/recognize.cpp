#include "dateline/parser/recognize.hpp"
namespace dateline {
std::vector<recognized> recognize(std::string_view text) { std::vector<recognized> out; recognize(text, out); return out; }
void recognize(std::string_view, std::vector<recognized>&) {}  // TEMPORARY placeholder
}
