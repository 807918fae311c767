#include "dateline/timeline/document.hpp"

namespace dateline {

std::string_view to_string(date_origin o) {
    switch (o) {
    case date_origin::front_matter: return "front matter";
    case date_origin::json_ld: return "JSON-LD";
    case date_origin::meta: return "meta tag";
    case date_origin::time_element: return "time element";
    case date_origin::url: return "URL";
    case date_origin::byline: return "byline";
    case date_origin::feed: return "feed";
    case date_origin::record: return "record";
    case date_origin::manifest: return "manifest";
    case date_origin::command_line: return "--published";
    case date_origin::text_dateline: return "dateline in text";
    case date_origin::path: return "path";
    case date_origin::none: return "none";
    }
    return "none";
}

}  // namespace dateline
