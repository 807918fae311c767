// Reading a shard line back: every key checked for its type and range, so that a line that is cut,
// edited or from another dateline is refused with the reason instead of building a wrong chronology.
#include <charconv>
#include <optional>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "dateline/render/date_display.hpp"
#include "dateline/render/shard.hpp"
#include "dateline/timeline/events.hpp"
#include "dateline/timeline/readers.hpp"
#include "json_values.hpp"

namespace dateline {
namespace {

using nlohmann::json;

// A key that is missing or holds the wrong kind of value; `what` says which and what it should be.
struct bad_key {
    std::string what;
};

const json& member(const json& object, const char* key, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end()) throw bad_key{where + "\"" + key + "\" is missing"};
    return *it;
}

std::string text_of(const json& object, const char* key, const std::string& where = {}) {
    const json& j = member(object, key, where);
    if (!j.is_string()) throw bad_key{where + "\"" + key + "\" is not a string"};
    return j.get<std::string>();
}

std::size_t count_of(const json& object, const char* key, const std::string& where = {}) {
    const json& j = member(object, key, where);
    if (!j.is_number_unsigned()) throw bad_key{where + "\"" + key + "\" is not a count (0, 1, 2, ...)"};
    return j.get<std::size_t>();
}

const json& array_of(const json& object, const char* key, const std::string& where = {}) {
    const json& j = member(object, key, where);
    if (!j.is_array()) throw bad_key{where + "\"" + key + "\" is not an array"};
    return j;
}

// The enumerator of E whose name is `name`, trying each from 0 to `last`.
template <class E, class Name>
E named(const json& object, const char* key, const std::string& where, E last, Name name_of) {
    const std::string name = text_of(object, key, where);
    for (unsigned i = 0; i <= static_cast<unsigned>(last); ++i) {
        const auto e = static_cast<E>(i);
        if (name_of(e) == name) return e;
    }
    throw bad_key{where + "\"" + key + "\" is not one of its names: \"" + name + "\""};
}

template <class E>
E named(const json& object, const char* key, const std::string& where, E last) {
    return named(object, key, where, last, [](E e) { return to_string(e); });
}

// "2025-04-23T18:00:00" exactly as iso_local_time writes it, read back field by field.
std::optional<date::local_seconds> read_iso_local_time(std::string_view text) {
    if (text.size() != 19) return std::nullopt;
    const auto field = [&](std::size_t at, std::size_t length) {
        int value = 0;
        const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, value);
        return error == std::errc{} && end == text.data() + at + length ? value : -1;
    };
    const date::year_month_day day{date::year{field(0, 4)}, date::month(static_cast<unsigned>(field(5, 2))),
                                   date::day(static_cast<unsigned>(field(8, 2)))};
    const int hours = field(11, 2), minutes = field(14, 2), seconds = field(17, 2);
    if (!day.ok() || hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
        return std::nullopt;
    const date::local_seconds t = date::local_days{day} + std::chrono::hours{hours} + std::chrono::minutes{minutes} +
                                  std::chrono::seconds{seconds};
    if (iso_local_time(t) != text) return std::nullopt;  // the separators, and no sign or space in a field
    return t;
}

date::local_seconds local_time(const json& object, const char* key, const std::string& where) {
    const std::string text = text_of(object, key, where);
    if (const auto t = read_iso_local_time(text)) return *t;
    throw bad_key{where + "\"" + key + "\" is not a local time: \"" + text + "\""};
}

timex read_timex(const json& j, const std::string& where, rule_names& rules) {
    if (!j.is_object()) throw bad_key{where + " is not an object"};
    const std::string in = where + ".";
    timex t;
    t.begin = count_of(j, "start", in);
    t.end = count_of(j, "end", in);
    t.text = text_of(j, "text", in);
    t.r.type = named(j, "type", in, timex_type::set);
    t.r.value = text_of(j, "value", in);
    t.r.mod = text_of(j, "mod", in);
    t.r.rule = rules.intern(text_of(j, "rule", in));
    t.r.anchor = named(j, "anchor", in, anchor_kind::missing);
    t.r.anchor_value = text_of(j, "anchor_value", in);
    t.clause_tense = named(j, "tense", in, tense::future);
    const json& interval = member(j, "interval", in);
    if (interval.is_object()) {
        t.r.when = local_interval{local_time(interval, "begin", in + "\"interval\"."),
                                  local_time(interval, "end", in + "\"interval\".")};
        // The resolver never writes an empty interval; one here is a shard edited or damaged.
        if (t.r.when->end <= t.r.when->begin)
            throw bad_key{in + "\"interval\" does not end after it begins: \"" + iso_local_time(t.r.when->begin) +
                          "\" to \"" + iso_local_time(t.r.when->end) + "\""};
    } else if (!interval.is_null()) {
        throw bad_key{in + "\"interval\" is neither an object nor null"};
    }
    t.r.grain = named(j, "granularity", in, granularity::none);
    return t;
}

event read_event(const json& j, const std::string& where, const std::vector<timex>& timexes) {
    if (!j.is_object()) throw bad_key{where + " is not an object"};
    const std::string in = where + ".";
    event e;
    e.sentence_index = count_of(j, "sentence", in);
    e.span = {count_of(j, "start", in), count_of(j, "end", in)};
    e.text = text_of(j, "text", in);
    for (const json& index : array_of(j, "timexes", in)) {
        if (!index.is_number_unsigned() || index.get<std::size_t>() >= timexes.size())
            throw bad_key{in + "\"timexes\" holds something that is not the index of one of the line's timexes"};
        e.timexes.push_back(timexes[index.get<std::size_t>()]);
    }
    const std::size_t dated_by = count_of(j, "dated_by", in);
    if (dated_by >= e.timexes.size()) throw bad_key{in + "\"dated_by\" is not the index of one of its timexes"};
    set_anchor(e, dated_by);
    return e;
}

std::optional<publication_time> published_of(const json& line) {
    const json& published = member(line, "published", "");
    if (published.is_null()) return std::nullopt;
    if (!published.is_string()) throw bad_key{"\"published\" is neither a string nor null"};
    const std::string text = published.get<std::string>();
    std::optional<publication_time> p = parse_publication_time(text);
    if (!p || !p->zone.empty() || timex_value(*p) != text)
        throw bad_key{"\"published\" is not a publication date: \"" + text + "\""};
    const json& zone = member(line, "published_zone", "");
    if (zone.is_string()) {
        p->zone = zone.get<std::string>();
    } else if (!zone.is_null()) {
        throw bad_key{"\"published_zone\" is neither a string nor null"};
    }
    return p;
}

// "raw_bytes": {"/title": [67, 97, 102, 233], ...}: strings that are not UTF-8, byte for byte.
std::string raw_string(const json& bytes, const std::string& pointer) {
    const std::string where = "\"raw_bytes\".\"" + pointer + "\"";
    if (!bytes.is_array()) throw bad_key{where + " is not an array of bytes"};
    std::string out;
    for (const json& b : bytes) {
        if (!b.is_number_unsigned() || b.get<std::size_t>() > 255) throw bad_key{where + " is not an array of bytes"};
        out += static_cast<char>(b.get<unsigned>());
    }
    return out;
}

// The index in "/events/N/text" or "/timexes/N/text" when `pointer` is one and N < count.
std::optional<std::size_t> text_index(std::string_view pointer, std::string_view list, std::size_t count) {
    std::string head = "/";  // (not "/" + std::string(list): GCC 12 at -O3 warns of overlap there)
    head += list;
    head += '/';
    if (!pointer.starts_with(head) || !pointer.ends_with("/text")) return std::nullopt;
    const std::string_view digits = pointer.substr(head.size(), pointer.size() - head.size() - 5);
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    const std::size_t i = std::stoul(std::string(digits));
    return i < count ? std::optional(i) : std::nullopt;
}

void restore_raw_strings(const json& line, shard_document& d, const std::vector<timex>& timexes) {
    const auto raw = line.find("raw_bytes");
    if (raw == line.end()) return;
    if (!raw->is_object()) throw bad_key{"\"raw_bytes\" is not an object"};
    for (const auto& [pointer, bytes] : raw->items()) {
        std::string value = raw_string(bytes, pointer);
        if (pointer == "/document") {
            d.doc.path = std::move(value);
        } else if (pointer == "/published_evidence") {
            d.doc.published_evidence = std::move(value);
        } else if (pointer == "/title") {
            d.doc.title = std::move(value);
        } else if (pointer == "/source") {
            d.doc.source = std::move(value);
        } else if (pointer == "/url") {
            d.doc.url = std::move(value);
        } else if (const auto e = text_index(pointer, "events", d.events.size())) {
            d.events[*e].text = std::move(value);
        } else if (const auto t = text_index(pointer, "timexes", timexes.size())) {
            // The events hold copies of the line's timexes: each copy of this one gets the bytes.
            for (event& ev : d.events)
                for (timex& x : ev.timexes)
                    if (x.begin == timexes[*t].begin && x.end == timexes[*t].end) x.text = value;
        } else {
            throw bad_key{"\"raw_bytes\" names no string of the line: \"" + pointer + "\""};
        }
    }
}

shard_document read_document(const json& line, rule_names& rules) {
    shard_document d;
    d.origin.input = text_of(line, "input");
    d.origin.item = count_of(line, "item");
    d.doc.path = text_of(line, "document");
    d.doc.published = published_of(line);
    d.doc.published_from = named(line, "published_from", "", date_origin::none, render_detail::date_origin_key);
    d.doc.published_evidence = text_of(line, "published_evidence");
    d.doc.title = text_of(line, "title");
    d.doc.source = text_of(line, "source");
    d.doc.url = text_of(line, "url");
    std::vector<timex> timexes;
    const json& all = array_of(line, "timexes");
    for (std::size_t i = 0; i < all.size(); ++i)
        timexes.push_back(read_timex(all[i], "\"timexes\"[" + std::to_string(i) + "]", rules));
    const json& events = array_of(line, "events");
    for (std::size_t i = 0; i < events.size(); ++i)
        d.events.push_back(read_event(events[i], "\"events\"[" + std::to_string(i) + "]", timexes));
    restore_raw_strings(line, d, timexes);
    return d;
}

// Why a line that parsed is no shard line of this dateline, or nothing when it is one.
std::optional<std::string> foreign(const json& line, std::string_view dateline_version) {
    if (!line.is_object()) return "not a dateline shard line: not a JSON object";
    const auto format = line.find("dateline_shard");
    if (format == line.end()) {
        if (line.contains("document") && line.contains("timexes"))
            return "a line of \"dateline tag -f jsonl\", not a shard: write shards with \"dateline tag -f shard\"";
        return "not a dateline shard line: no \"dateline_shard\" key";
    }
    const auto version = line.find("dateline");
    const std::string their_version = version != line.end() && version->is_string() ? version->get<std::string>() : "?";
    const std::string their_format = format->is_number_unsigned() ? std::to_string(format->get<std::size_t>()) : "?";
    if (their_version == dateline_version && their_format == std::to_string(shard_format)) return std::nullopt;
    return "shard written by dateline " + their_version + " (shard format " + their_format + "); this is dateline " +
           std::string(dateline_version) + " (shard format " + std::to_string(shard_format) +
           "): tag the articles again with this dateline";
}

}  // namespace

shard_line_result read_shard_line(std::string_view path, std::size_t line, std::string_view text, bool ends_line,
                                  std::string_view dateline_version, rule_names& rules) {
    const auto problem = [&](std::string message) {
        return shard_line_result{std::nullopt, diagnostic{severity::error, std::string(path), line, 0, std::move(message)}};
    };
    json parsed;
    try {
        parsed = json::parse(text);
    } catch (const json::parse_error& e) {
        if (!ends_line) return problem("truncated shard: the last line is cut off (no end of line, and its JSON is not complete)");
        return problem("not a dateline shard line: not JSON (error at byte " + std::to_string(e.byte) + ")");
    }
    if (const auto why = foreign(parsed, dateline_version)) return problem(*why);
    try {
        shard_document d = read_document(parsed, rules);
        d.where = {severity::error, std::string(path), line, 0, {}};
        return {std::move(d), std::nullopt};
    } catch (const bad_key& e) {
        return problem("bad shard line: " + e.what);
    }
}

}  // namespace dateline
