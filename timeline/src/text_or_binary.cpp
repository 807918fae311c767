#include "text_or_binary.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "dateline/timeline/encoding_check.hpp"
#include "text_scan.hpp"

namespace dateline::detail {
namespace {

struct signature {
    std::string_view magic;
    std::string_view what;
};

// Formats people save or download by mistake, by their first bytes.
constexpr std::array signatures = std::to_array<signature>({
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub is one)"},
    {"\xD0\xCF\x11\xE0", "a Microsoft Office document"},
    {"{\\rtf", "an RTF document"},
    {"\x89PNG", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF8", "a GIF image"},
    {"\x1F\x8B", "gzip-compressed data"},
    {"\x7F" "ELF", "a program"},
    {"\xFF\xFE", "UTF-16 text; dateline reads UTF-8"},
    {"\xFE\xFF", "UTF-16 text; dateline reads UTF-8"},
});

// How much of the file decides whether it is mostly text.
constexpr std::size_t sample_size = 64 * 1024;

// A byte that text does not hold: a control character other than white space and escape.
bool is_binary_control(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && !is_ascii_space(c) && u != 0x1B) || u == 0x7F;
}

// Whether the eight bytes at p are all in 0x20..0x7E. A byte below n sets its high bit in
// (block - n) & ~block.
bool is_printable_ascii8(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high = ones * 0x80;
    std::uint64_t block = 0;
    std::memcpy(&block, p, sizeof block);
    const bool control = ((block - ones * 0x20) & ~block & high) != 0;
    const bool del = (((block ^ (ones * 0x7F)) - ones) & ~(block ^ (ones * 0x7F)) & high) != 0;
    return !control && !del && (block & high) == 0;
}

bool looks_like_html(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    text.remove_prefix(std::min(text.size(), skip_spaces(text, 0)));
    return istarts_with_ascii(text, "<!doctype html") || istarts_with_ascii(text, "<html");
}

}  // namespace

std::optional<not_text> why_not_text(std::string_view content) {
    for (const signature& s : signatures)
        if (content.starts_with(s.magic)) return not_text{std::nullopt, std::string(s.what)};
    if (const std::size_t nul = content.find('\0'); nul != std::string_view::npos)
        return not_text{nul, "binary data (a NUL byte)"};
    if (looks_like_html(content))
        return not_text{std::nullopt, "an HTML page; save the article's text as .txt"};

    const std::string_view sample = content.substr(0, sample_size);
    std::size_t bad = 0;
    for (std::size_t i = 0; i < sample.size();) {
        // Most of a text is printable ASCII: passed eight bytes at a time.
        while (i + 8 <= sample.size() && is_printable_ascii8(sample.data() + i)) i += 8;
        if (i >= sample.size()) break;
        if (static_cast<unsigned char>(sample[i]) < 0x80) {
            if (is_binary_control(sample[i])) ++bad;
            ++i;
            continue;
        }
        const std::size_t n = valid_sequence_length(sample, i);
        if (n == 0) ++bad;
        i += n == 0 ? 1 : n;
    }
    // A few stray bytes are a damaged text; more than one in ten (and more than a truncated
    // character or two) is another encoding or no text at all.
    if (bad >= 4 && bad * 10 > sample.size())
        return not_text{std::nullopt, fmt::format("{} of its first {} bytes are not UTF-8 text", bad, sample.size())};
    return std::nullopt;
}

}  // namespace dateline::detail
