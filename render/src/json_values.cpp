#include "json_values.hpp"

#include "dateline/render/date_display.hpp"

namespace dateline::render_detail {

std::string_view date_origin_key(date_origin o) {
    switch (o) {
    case date_origin::front_matter: return "front_matter";
    case date_origin::json_ld: return "json_ld";
    case date_origin::meta: return "meta";
    case date_origin::time_element: return "time_element";
    case date_origin::url: return "url";
    case date_origin::byline: return "byline";
    case date_origin::feed: return "feed";
    case date_origin::record: return "record";
    case date_origin::manifest: return "manifest";
    case date_origin::command_line: return "command_line";
    case date_origin::text_dateline: return "text_dateline";
    case date_origin::path: return "path";
    case date_origin::none: return "none";
    }
    return "none";
}

json interval_json(const local_interval& when) {
    json j;
    j["begin"] = iso_local_time(when.begin);
    j["end"] = iso_local_time(when.end);
    return j;
}

json timex_json(const timex& t) {
    json j;
    j["start"] = t.begin;
    j["end"] = t.end;
    j["text"] = t.text;
    j["type"] = to_string(t.r.type);
    j["value"] = t.r.value;
    j["mod"] = t.r.mod;
    j["rule"] = t.r.rule;
    j["anchor"] = to_string(t.r.anchor);
    j["anchor_value"] = t.r.anchor_value;
    j["tense"] = to_string(t.clause_tense);
    j["interval"] = t.r.when ? interval_json(*t.r.when) : json(nullptr);
    j["granularity"] = to_string(t.r.grain);
    return j;
}

json published_json(const document& d) { return d.published ? json(timex_value(*d.published)) : json(nullptr); }

void write_published(json_line& w, const document& d) {
    if (d.published) {
        w.string(timex_value(*d.published));
    } else {
        w.null();
    }
}

void write_timex(json_line& w, const timex& t) {
    w.begin_object();
    w.key("start");
    w.number(t.begin);
    w.key("end");
    w.number(t.end);
    w.key("text");
    w.string(t.text);
    w.key("type");
    w.string(to_string(t.r.type));
    w.key("value");
    w.string(t.r.value);
    w.key("mod");
    w.string(t.r.mod);
    w.key("rule");
    w.string(t.r.rule);
    w.key("anchor");
    w.string(to_string(t.r.anchor));
    w.key("anchor_value");
    w.string(t.r.anchor_value);
    w.key("tense");
    w.string(to_string(t.clause_tense));
    w.key("interval");
    if (t.r.when) {
        w.begin_object();
        w.key("begin");
        w.local_time(t.r.when->begin);
        w.key("end");
        w.local_time(t.r.when->end);
        w.end_object();
    } else {
        w.null();
    }
    w.key("granularity");
    w.string(to_string(t.r.grain));
    w.end_object();
}

std::string dump(const json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dateline::render_detail
