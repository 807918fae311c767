#include "json_line.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "dateline/render/date_display.hpp"

namespace dateline::render_detail {
namespace {

bool is_plain(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F && c != '"' && c != '\\';
}

// Whether none of the eight bytes of `block` is a control byte, above 0x7E, '"' or '\\'. A byte
// below n sets its high bit in (block - n) & ~block (any borrow starts at such a byte).
bool is_plain8(std::uint64_t block) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high = ones * 0x80;
    const auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & high) != 0; };
    const bool control = ((block - ones * 0x20) & ~block & high) != 0;
    return !control && (block & high) == 0 && !has_zero(block ^ (ones * 0x7F)) && !has_zero(block ^ (ones * '"')) &&
           !has_zero(block ^ (ones * '\\'));
}

// Printable ASCII that JSON takes as it is: most keys, values, rules and words of a text.
bool is_plain(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t block = 0;
        std::memcpy(&block, s.data() + i, sizeof block);
        if (!is_plain8(block)) return false;
    }
    for (; i < s.size(); ++i)
        if (!is_plain(s[i])) return false;
    return true;
}

void append_digits(std::string& out, unsigned value, int width) {
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(digits, static_cast<std::size_t>(width));
}

}  // namespace

void json_line::value_start() {
    if (!first_) out_ += ',';
    first_ = false;
}

void json_line::open(char c) {
    value_start();
    out_ += c;
    first_ = true;
}

void json_line::close(char c) {
    out_ += c;
    first_ = false;
}

void json_line::key(std::string_view k) {
    string(k);
    out_ += ':';
    first_ = true;
}

void json_line::string(std::string_view s) {
    value_start();
    if (is_plain(s)) {
        out_ += '"';
        out_ += s;
        out_ += '"';
        return;
    }
    out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void json_line::number(std::size_t n) {
    value_start();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    out_.append(digits, result.ptr);
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
    value_start();
    const date::hh_mm_ss<std::chrono::seconds> hms{t - day};
    out_ += '"';
    append_digits(out_, static_cast<unsigned>(year), 4);
    out_ += '-';
    append_digits(out_, static_cast<unsigned>(ymd.month()), 2);
    out_ += '-';
    append_digits(out_, static_cast<unsigned>(ymd.day()), 2);
    out_ += 'T';
    append_digits(out_, static_cast<unsigned>(hms.hours().count()), 2);
    out_ += ':';
    append_digits(out_, static_cast<unsigned>(hms.minutes().count()), 2);
    out_ += ':';
    append_digits(out_, static_cast<unsigned>(hms.seconds().count()), 2);
    out_ += '"';
}

}  // namespace dateline::render_detail
