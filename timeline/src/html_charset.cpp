// decode_page: HTML's encoding sniffing, reduced to what saved pages need: a BOM wins, then a
// charset declared in the first bytes. Latin-1 is read as windows-1252, as browsers do. A page
// declared as a single-byte charset that is in fact valid UTF-8 with non-ASCII text was saved
// again as UTF-8 without its declaration being changed: it is kept as UTF-8.
#include "html_charset.hpp"

#include <cerrno>

#include <iconv.h>

#include "dateline/timeline/encoding_check.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t sniffed_bytes = 4096;  // browsers look at the first 1024; saved pages move things
constexpr std::string_view replacement = "\xEF\xBF\xBD";

bool is_charset_char(char c) {
    return is_ascii_alnum(c) || c == '-' || c == '_' || c == ':' || c == '.';
}

std::string declared_charset(std::string_view head) {
    const std::string lower = to_lower_ascii(head);
    for (std::size_t at = lower.find("charset"); at != std::string::npos; at = lower.find("charset", at + 7)) {
        std::size_t i = at + 7;
        while (i < lower.size() && is_ascii_space(lower[i])) ++i;
        if (i >= lower.size() || lower[i] != '=') continue;
        ++i;
        while (i < lower.size() && (is_ascii_space(lower[i]) || lower[i] == '"' || lower[i] == '\'')) ++i;
        const std::size_t begin = i;
        while (i < lower.size() && is_charset_char(lower[i])) ++i;
        if (i > begin) return lower.substr(begin, i - begin);
    }
    return {};
}

// A page that declares UTF-16 in its own ASCII bytes cannot be UTF-16: browsers read it as UTF-8.
bool is_utf8_name(std::string_view name) {
    return name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8" || name.starts_with("utf-16");
}

// The charset iconv is asked for: what browsers map the label to.
std::string iconv_name(const std::string& label) {
    if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "iso8859-1" ||
        label == "us-ascii" || label == "ascii" || label == "l1" || label == "cp1252" || label == "x-cp1252")
        return "WINDOWS-1252";
    if (label == "iso-8859-9" || label == "latin5") return "WINDOWS-1254";
    if (label == "gb2312" || label == "gbk") return "GB18030";
    return label;
}

bool has_non_ascii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

// Converts with iconv; bytes it cannot read become U+FFFD. False when iconv knows no such charset.
bool convert(std::string_view bytes, const std::string& from, std::string& out) {
    iconv_t cd = iconv_open("UTF-8", from.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 8 + 16);
    char buffer[16384];
    char* in = const_cast<char*>(bytes.data());  // iconv's interface is not const-correct
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* dst = buffer;
        std::size_t dst_left = sizeof buffer;
        const std::size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
        out.append(buffer, static_cast<std::size_t>(dst - buffer));
        if (r != static_cast<std::size_t>(-1)) continue;
        if (errno == E2BIG) continue;
        out.append(replacement);  // EILSEQ: a byte the charset has no character for; EINVAL: cut short
        ++in;
        --in_left;
    }
    char* dst = buffer;
    std::size_t dst_left = sizeof buffer;
    iconv(cd, nullptr, nullptr, &dst, &dst_left);
    out.append(buffer, static_cast<std::size_t>(dst - buffer));
    iconv_close(cd);
    return true;
}

}  // namespace

decoded_page decode_page(std::string_view bytes) {
    decoded_page out;
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        out.charset = "utf-8";
        out.text = std::string(bytes.substr(3));
        return out;
    }
    std::string bom_charset;
    if (bytes.starts_with("\xFF\xFE")) bom_charset = "utf-16le";
    if (bytes.starts_with("\xFE\xFF")) bom_charset = "utf-16be";
    if (!bom_charset.empty()) {
        out.charset = bom_charset;
        convert(bytes.substr(2), bom_charset == "utf-16le" ? "UTF-16LE" : "UTF-16BE", out.text);
        return out;
    }
    const std::string label = declared_charset(bytes.substr(0, sniffed_bytes));
    out.charset = label.empty() ? "utf-8" : label;
    if (label.empty() || is_utf8_name(label)) {
        out.text = std::string(bytes);
        return out;
    }
    if (has_non_ascii(bytes) && !first_invalid_utf8(bytes)) {
        out.problem = "declared charset " + label + " but the page is valid UTF-8; read as UTF-8";
        out.text = std::string(bytes);
        return out;
    }
    if (!convert(bytes, iconv_name(label), out.text)) {
        out.problem = "unknown charset " + label + "; read as UTF-8";
        out.text = std::string(bytes);
    }
    return out;
}

}  // namespace dateline::detail
