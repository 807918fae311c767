// A publication date written in a file's path, as collections are often laid out: a folder
// named by its day ("2010-05-24/", "2010/05/24/") or a file name that starts with one
// ("20100524-story.txt", "2025-04-24-kyiv.md").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dateline/parser/timex.hpp"

namespace dateline {

struct path_date {
    publication_time published;  // a day, no time of day, no zone
    std::string evidence;        // the part of the path that says it: "2010-05-24/", "2010/05/24/", "20100524-story.txt"
};

// The date nearest the file: the file name first, then its folders from the deepest up. A
// name is a date when it is YYYY-MM-DD, YYYY_MM_DD, YYYY.MM.DD or YYYYMMDD, alone or followed by
// a separator (-, _, ., space) and more; or three folders YYYY/MM/DD. Years 1800-2199 only, so
// that an 8-digit identifier is not taken for a day. nullopt when the path names no day.
std::optional<path_date> find_path_date(std::string_view path);

}  // namespace dateline
