#include "word_ids.hpp"

#include <algorithm>
#include <cstring>

#include "content_stems.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t packed_bytes = 7;
constexpr std::uint64_t long_stem = std::uint64_t{0xFF} << 56;  // top byte of a hashed long stem
constexpr std::uint64_t low_56_bits = (std::uint64_t{1} << 56) - 1;

// The stem's bytes in the low seven bytes, its length in the top one: different stems, different numbers.
std::uint64_t packed(std::string_view stem) {
    std::uint64_t key = 0;
    std::memcpy(&key, stem.data(), stem.size());
    return key | (static_cast<std::uint64_t>(stem.size()) << 56);
}

// FNV-1a over every byte, folded so that the high bits feed the 56 kept.
std::uint64_t hashed(std::string_view stem) {
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : stem) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return ((h ^ (h >> 56)) & low_56_bits) | long_stem;
}

}  // namespace

word_list content_stem_ids(std::string_view text) {
    // Kept from text to text on each thread: a build numbers the words of every report.
    thread_local std::string word;
    thread_local word_list stems;
    stems.clear();
    for_each_content_stem(text, word, [&](std::string_view stem) {
        stems.push_back(stem.size() <= packed_bytes ? packed(stem) : hashed(stem));
    });
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return word_list(stems.begin(), stems.end());
}

bool may_reach(std::size_t a, std::size_t b, double threshold) {
    if (a + b == 0) return threshold <= 0.0;
    return 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b) >= threshold;
}

}  // namespace dateline::detail
