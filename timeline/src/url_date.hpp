// A publication day in a page's address: "/2025/04/24/", "/2025-04-24-story", "/20250424/",
// "_20250424_". Only the path is searched, never the host or the query.
#pragma once

#include <optional>
#include <string_view>

#include <date/date.h>

namespace dateline::detail {

std::optional<date::local_days> date_in_url(std::string_view url);

}  // namespace dateline::detail
