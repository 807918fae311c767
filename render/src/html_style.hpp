// The stylesheet embedded in a whole HTML page: readable on a phone and on a desktop, light and
// dark through prefers-color-scheme. Fragments carry none; sites style the classes themselves.
#pragma once

#include <string_view>

namespace dateline::render_detail {

std::string_view page_stylesheet();

}  // namespace dateline::render_detail
