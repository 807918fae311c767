// The JSON shapes shared by the chronology JSON and the tag JSON Lines (docs/json-schema.md),
// built with nlohmann::ordered_json so that keys keep the order written here.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"
#include "json_line.hpp"

namespace dateline::render_detail {

using json = nlohmann::ordered_json;

// "front_matter", "manifest", "command_line", "text_dateline", "none".
std::string_view date_origin_key(date_origin o);

// {"begin": "2025-04-23T18:00:00", "end": ...}
json interval_json(const local_interval& when);

// {"start","end","text","type","value","mod","rule","anchor","anchor_value","tense","interval","granularity"}
json timex_json(const timex& t);

// The members of timex_json, written by hand (the chronology JSON and the tag JSON Lines).
void write_timex(json_line& w, const timex& t);

// The publication TIMEX3 value, or null.
json published_json(const document& d);
void write_published(json_line& w, const document& d);

// Serialised without failing on bytes that are not UTF-8 (they become U+FFFD).
std::string dump(const json& j, int indent);

}  // namespace dateline::render_detail
