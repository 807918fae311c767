// A JSON writer that appends to one string, for outputs that must be fast: `dateline tag` JSON
// Lines (on one line, as nlohmann::json::dump(-1)) and the chronology JSON (indented, as
// dump(2)). Strings are escaped as nlohmann escapes them, invalid UTF-8 replaced (json_string.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <date/date.h>

namespace dateline::render_detail {

class json_line {
public:
    explicit json_line(std::string& out) : out_(out) {}
    // Indented by `indent` spaces a level, as nlohmann's dump(indent), the first value written
    // being `depth` levels deep (so that pieces written apart join into one document).
    json_line(std::string& out, int indent, int depth) : out_(out), indent_(indent), depth_(depth) {}
    json_line(const json_line&) = delete;
    json_line& operator=(const json_line&) = delete;
    ~json_line() { flush_key(); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    // The next member's key: "key": (keys are plain ASCII words). On one line a short key is
    // appended with the value after it, in one piece: write nothing to the output yourself
    // between a key and its value.
    void key(std::string_view k);

    void string(std::string_view s);
    void number(std::size_t n);
    void integer(long n);
    void real(double x);  // nlohmann's shortest form ("0.5", "2.0")
    void boolean(bool b);
    void null();
    // "2025-04-23T18:00:00", as render/date_display's iso_local_time.
    void local_time(date::local_seconds t);
    // A value written by another json_line at this one's depth and indent.
    void written(std::string_view value);

private:
    // Room for a key waiting for its value: `,"` + key + `":`, and eight bytes that copy_plain
    // may write past it.
    static constexpr std::size_t key_room = 64;
    static constexpr std::size_t longest_waiting_key = key_room - 4 - 8;

    void value_start();
    // Where a value goes in `piece` (key_room bytes and the value's): on one line after the key
    // waiting for it and the comma it needs, written there; indented, after the comma and new
    // line written to the output first.
    char* value_at(char* piece);
    void flush_key();
    void open(char c);
    void close(char c);
    void new_line();

    std::string& out_;
    int indent_ = -1;   // on one line when negative
    int depth_ = 0;
    bool first_ = true;  // first value of its object or array (or after a key on one line): no comma
    bool bare_ = true;   // indented: the document's first value or a member's value, nothing before it
    char key_[key_room]{};        // on one line: the key waiting for its value ...
    std::size_t key_size_ = 0;    // ... its bytes, none when 0
};

}  // namespace dateline::render_detail
