// Small builders for hand-made timexes, events and dates in the timeline tests.
#pragma once

#include <chrono>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <date/date.h>

#include "dateline/timeline/diagnostic.hpp"
#include "dateline/timeline/document.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline::test {

inline date::local_days day(int y, unsigned m, unsigned d) {
    return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

inline local_interval days(date::local_days first, int count = 1) {
    return {first, first + date::days{count}};
}

// The night from the evening of d into d + 1, as TimeML's "TNI" (18:00 to 06:00).
inline local_interval night_of(date::local_days d) {
    return {d + std::chrono::hours{18}, d + date::days{1} + std::chrono::hours{6}};
}

inline resolution dated(std::string value, local_interval when, granularity grain,
                        timex_type type = timex_type::date) {
    resolution r;
    r.type = type;
    r.value = std::move(value);
    r.when = when;
    r.grain = grain;
    r.anchor = anchor_kind::dct;
    return r;
}

inline timex make_timex(std::size_t begin, std::size_t end, std::string text, resolution r) {
    timex t;
    t.begin = begin;
    t.end = end;
    t.text = std::move(text);
    t.r = std::move(r);
    return t;
}

// An event dated by a single timex, as extract_events would make it.
inline event make_event(std::size_t document, std::size_t sentence, std::string text, std::string value,
                        local_interval when, granularity grain) {
    event e;
    e.document = document;
    e.sentence_index = sentence;
    e.text = std::move(text);
    e.value = value;
    e.when = when;
    e.grain = grain;
    e.timexes.push_back(make_timex(0, 0, "", dated(std::move(value), when, grain)));
    return e;
}

// A document published on day d by `source`, for the salience tests.
inline document published_on(date::local_days d, std::string source = "") {
    document doc;
    doc.path = "d.txt";
    doc.published = publication_time{d, std::nullopt, ""};
    doc.source = std::move(source);
    return doc;
}

// One report: document, sentence, text, dated to day d (relative, anchored by the DCT).
inline event on_day(std::size_t document, std::size_t sentence, std::string text, date::local_days d) {
    return make_event(document, sentence, std::move(text), date::format("%F", d), days(d), granularity::day);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string source_path(const std::string& relative) { return std::string(DATELINE_SOURCE_DIR) + "/" + relative; }

// Each diagnostic as the command line prints it, for comparing whole lists in one assertion.
inline std::vector<std::string> formatted(const std::vector<diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(format(d));
    return out;
}

}  // namespace dateline::test
