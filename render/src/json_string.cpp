#include "json_string.hpp"

#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "dateline/timeline/encoding_check.hpp"

namespace dateline::render_detail {
namespace {

// Length of the run of printable ASCII that JSON takes as it is, from s[i]: most keys, values,
// rules and words of a text.
std::size_t plain_run(std::string_view s, std::size_t i) {
    const std::size_t start = i;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t block = 0;
        std::memcpy(&block, s.data() + i, sizeof block);
        if (!is_plain8(block)) break;
    }
    while (i < s.size() && is_plain_json_byte(s[i])) ++i;
    return i - start;
}

// nlohmann's escapes: the short ones, else \u00XX in lowercase hex; 0x7F and everything above
// stays as it is (ensure_ascii is off).
void append_escaped(std::string& out, char c) {
    switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20) {
        out += c;
        return;
    }
    constexpr const char* hex = "0123456789abcdef";
    out += "\\u00";
    out += hex[u >> 4];
    out += hex[u & 0xF];
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    std::size_t plain = plain_run(s, 0);
    if (plain == s.size()) {
        out += '"';
        out += s;
        out += '"';
        return;
    }
    // What is not UTF-8 is replaced as nlohmann replaces it: rare, so left to nlohmann.
    if (detail::first_invalid_utf8(s.substr(plain))) {
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        out.append(s.data() + i, plain);
        i += plain;
        if (i == s.size()) break;
        append_escaped(out, s[i++]);
        plain = plain_run(s, i);
    }
    out += '"';
}

}  // namespace dateline::render_detail
