// A JSON writer that appends to one string, for the output that is written per document and must
// be fast (`dateline tag` JSON Lines). Its bytes are those of nlohmann::json::dump(-1) with
// invalid UTF-8 replaced: plain strings are copied, any other string is escaped by nlohmann.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <date/date.h>

namespace dateline::render_detail {

class json_line {
public:
    explicit json_line(std::string& out) : out_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    // The next member's key: "key": (keys are plain ASCII words).
    void key(std::string_view k);

    void string(std::string_view s);
    void number(std::size_t n);
    void null();
    // "2025-04-23T18:00:00", as render/date_display's iso_local_time.
    void local_time(date::local_seconds t);

private:
    void value_start();
    // Writes the comma a value needs at `at`; returns where the value goes.
    char* comma(char* at);
    // A short plain string (see json_line.cpp) appended at once, with `after` unless it is '\0';
    // false, and nothing written, for any other string.
    bool short_plain(std::string_view s, char after);
    void open(char c);
    void close(char c);

    std::string& out_;
    bool first_ = true;  // no comma before the next value or key
};

}  // namespace dateline::render_detail
