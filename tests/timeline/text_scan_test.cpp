// text_scan's trim_end strips from the back; it must end where a scan from `begin` would, on any
// bytes (multi-byte spaces, spaces cut by `end`, invalid UTF-8).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

// One past the last byte that a scan from `begin` finds outside a space.
std::size_t trim_end_from_the_front(std::string_view s, std::size_t begin, std::size_t end) {
    std::size_t last = begin;
    for (std::size_t i = begin; i < end;) {
        const std::size_t n = space_length(s, i);
        if (n == 0) last = ++i;
        else i += n;
    }
    return std::min(last, end);
}

TEST(trim_end, drops_ascii_and_unicode_spaces_at_the_end_only) {
    const std::string s = "a b\xC2\xA0 \xE2\x80\xAF\t\xE3\x80\x80\n";
    EXPECT_EQ(trim_end(s, 0, s.size()), 3u);
    EXPECT_EQ(trim_end(s, 1, s.size()), 3u);
    EXPECT_EQ(trim_end(s, 3, s.size()), 3u);
    EXPECT_EQ(trim_end("   ", 0, 3), 0u);
    EXPECT_EQ(trim_end("x\xE2\x80\x80", 0, 3), 1u) << "a space cut by the end goes too";
    EXPECT_EQ(trim_end("\x80\x80", 0, 2), 2u) << "continuation bytes alone are not space";
    EXPECT_EQ(trim_end("\xE2\x80\x80", 1, 3), 3u) << "a space that starts before begin is not seen";
}

TEST(trim_end, ends_where_a_scan_from_the_front_ends_on_random_bytes) {
    // Bytes that make up spaces and their look-alikes, so that nearly every string ends in some.
    const std::string alphabet = std::string("a .\t\n\xC2\xA0\xE2\x80\x8A\xAF\xE3\x8B\xFF", 15);
    std::mt19937 random(20261204);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int round = 0; round < 20000; ++round) {
        std::string s(random() % 12, ' ');
        for (char& c : s) c = alphabet[pick(random)];
        const std::size_t end = s.empty() ? 0 : random() % (s.size() + 1);
        const std::size_t begin = end == 0 ? 0 : random() % (end + 1);
        ASSERT_EQ(trim_end(s, begin, end), trim_end_from_the_front(s, begin, end))
            << testing::PrintToString(s) << " [" << begin << ", " << end << ")";
    }
}

}  // namespace
}  // namespace dateline::detail
