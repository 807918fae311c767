#include "json_line.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "dateline/render/date_display.hpp"

namespace dateline::render_detail {
namespace {

constexpr auto plain_bytes = [] {
    std::array<bool, 256> table{};
    for (std::size_t c = 0x20; c < 0x7F; ++c) table[c] = c != '"' && c != '\\';
    return table;
}();

bool is_plain(char c) { return plain_bytes[static_cast<unsigned char>(c)]; }

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

char* put_digits(char* at, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return at + width;
}

// Strings up to this long are put together on the stack and appended at once: one append per
// value instead of one per comma, quote and string.
constexpr std::size_t short_string = 64;

}  // namespace

void json_line::value_start() {
    if (!first_) out_ += ',';
    first_ = false;
}

char* json_line::comma(char* at) {
    if (!first_) *at++ = ',';
    first_ = false;
    return at;
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

bool json_line::short_plain(std::string_view s, char after) {
    if (s.size() > short_string) return false;
    char piece[short_string + 4];
    char* at = piece;
    if (!first_) *at++ = ',';
    *at++ = '"';
    for (const char c : s) {  // checked as it is copied: one pass
        if (!is_plain(c)) return false;
        *at++ = c;
    }
    *at++ = '"';
    if (after != '\0') *at++ = after;
    first_ = false;
    out_.append(piece, static_cast<std::size_t>(at - piece));
    return true;
}

void json_line::key(std::string_view k) {
    if (!short_plain(k, ':')) {
        string(k);
        out_ += ':';
    }
    first_ = true;
}

void json_line::string(std::string_view s) {
    if (short_plain(s, '\0')) return;
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
    char digits[24];
    char* at = comma(digits);
    at = std::to_chars(at, digits + sizeof digits, n).ptr;
    out_.append(digits, static_cast<std::size_t>(at - digits));
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
    char piece[32];
    char* at = comma(piece);
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
