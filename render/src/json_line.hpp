// A JSON writer that appends to one string, for outputs that must be fast: `dateline tag` JSON
// Lines (on one line, as nlohmann::json::dump(-1)) and the chronology JSON (indented, as
// dump(2)). Strings are escaped as nlohmann escapes them, invalid UTF-8 replaced (json_string.hpp).
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include <date/date.h>

#include "json_string.hpp"

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
    void key(std::string_view k) {
        if (!wait_for_value(k)) write_key(k);
    }

    void string(std::string_view s) {
        if (!short_plain_string(s)) write_string(s);
    }
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

    // Strings up to this long are put together on the stack with their key and appended at once.
    static constexpr std::size_t short_string = 64;

    // On one line, a short plain key kept for its value (true), checked as it is copied.
    bool wait_for_value(std::string_view k) {
        if (indent_ >= 0 || key_size_ != 0 || k.size() > longest_waiting_key) return false;
        char* at = key_;
        if (!first_) *at++ = ',';
        *at++ = '"';
        if (!copy_plain(k, at)) return false;
        at += k.size();
        *at++ = '"';
        *at++ = ':';
        key_size_ = static_cast<std::size_t>(at - key_);
        first_ = true;
        return true;
    }
    void write_key(std::string_view k);

    // On one line, a short plain string appended with its key (true), checked as it is copied.
    bool short_plain_string(std::string_view s) {
        if (indent_ >= 0 || s.size() > short_string) return false;
        char piece[key_room + short_string + 16];
        char* at = piece;
        std::memcpy(at, key_, key_room);  // a fixed size: a few moves, whatever the key's length
        at += key_size_;
        if (!first_) *at++ = ',';
        *at++ = '"';
        if (!copy_plain(s, at)) return false;
        at += s.size();
        *at++ = '"';
        key_size_ = 0;
        first_ = false;
        out_.append(piece, static_cast<std::size_t>(at - piece));
        return true;
    }
    void write_string(std::string_view s);

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
