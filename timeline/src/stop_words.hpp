// English function words and reporting verbs, left out when comparing the wording of reports.
#pragma once

#include <string_view>

namespace dateline::detail {

bool is_stop_word(std::string_view lowercase_word);

}  // namespace dateline::detail
