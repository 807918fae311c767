#include "json_line.hpp"

#include <charconv>
#include <cstring>

#include <nlohmann/json.hpp>

#include "dateline/render/date_display.hpp"
#include "json_string.hpp"

namespace dateline::render_detail {
namespace {

char* put_digits(char* at, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

}  // namespace

void json_line::new_line() {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(indent_ * depth_), ' ');
}

void json_line::flush_key() {
    if (key_size_ == 0) return;
    out_.append(key_, key_size_);
    key_size_ = 0;
}

void json_line::value_start() {
    if (indent_ < 0) {
        flush_key();
        if (!first_) out_ += ',';
    } else if (bare_) {
        bare_ = false;
    } else {
        if (!first_) out_ += ',';
        new_line();
    }
    first_ = false;
}

char* json_line::value_at(char* piece) {
    if (indent_ >= 0) {
        value_start();
        return piece;
    }
    std::memcpy(piece, key_, key_room);  // a fixed size: a few moves, whatever the key's length
    piece += key_size_;
    key_size_ = 0;
    if (!first_) *piece++ = ',';
    first_ = false;
    return piece;
}

void json_line::open(char c) {
    value_start();
    out_ += c;
    ++depth_;
    first_ = true;
}

void json_line::close(char c) {
    flush_key();
    --depth_;
    if (indent_ >= 0 && !first_) new_line();  // an empty object or array stays "{}", "[]"
    out_ += c;
    first_ = false;
}

void json_line::write_key(std::string_view k) {
    if (indent_ >= 0) {
        value_start();
        append_json_string(out_, k);
        out_ += ": ";
        bare_ = true;
        return;
    }
    string(k);
    out_ += ':';
    first_ = true;
}

void json_line::write_string(std::string_view s) {
    value_start();
    append_json_string(out_, s);
}

void json_line::written(std::string_view value) {
    value_start();
    out_ += value;
}

void json_line::number(std::size_t n) {
    char digits[key_room + 24];
    char* at = value_at(digits);
    at = std::to_chars(at, digits + sizeof digits, n).ptr;
    out_.append(digits, static_cast<std::size_t>(at - digits));
}

void json_line::integer(long n) {
    char digits[key_room + 24];
    char* at = value_at(digits);
    at = std::to_chars(at, digits + sizeof digits, n).ptr;
    out_.append(digits, static_cast<std::size_t>(at - digits));
}

void json_line::real(double x) {
    value_start();
    out_ += nlohmann::json(x).dump();
}

void json_line::boolean(bool b) {
    value_start();
    out_ += b ? "true" : "false";
}

void json_line::null() {
    value_start();
    out_ += "null";
}

void json_line::local_time(date::local_seconds t) {
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999) {
        string(iso_local_time(t));
        return;
    }
    const date::hh_mm_ss<std::chrono::seconds> hms{t - day};
    char piece[key_room + 32];
    char* at = value_at(piece);
    *at++ = '"';
    at = put_digits(at, static_cast<unsigned>(year), 4);
    *at++ = '-';
    at = put_digits(at, static_cast<unsigned>(ymd.month()), 2);
    *at++ = '-';
    at = put_digits(at, static_cast<unsigned>(ymd.day()), 2);
    *at++ = 'T';
    at = put_digits(at, static_cast<unsigned>(hms.hours().count()), 2);
    *at++ = ':';
    at = put_digits(at, static_cast<unsigned>(hms.minutes().count()), 2);
    *at++ = ':';
    at = put_digits(at, static_cast<unsigned>(hms.seconds().count()), 2);
    *at++ = '"';
    out_.append(piece, static_cast<std::size_t>(at - piece));
}

}  // namespace dateline::render_detail
