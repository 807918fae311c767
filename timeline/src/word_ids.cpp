#include "word_ids.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "dateline/timeline/parallel.hpp"

namespace dateline::detail {
namespace {

constexpr std::size_t packed_bytes = 7;
constexpr std::uint64_t long_stem = std::uint64_t{0xFF} << 56;  // top byte of a numbered long stem

// The stem's bytes in the low seven bytes, its length in the top one: different stems, different numbers.
std::uint64_t packed(std::string_view stem) {
    std::uint64_t key = 0;
    std::memcpy(&key, stem.data(), stem.size());
    return key | (static_cast<std::uint64_t>(stem.size()) << 56);
}

void sort_unique(word_list& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
}

}  // namespace

std::vector<word_list> content_word_ids(const std::vector<std::string_view>& texts, unsigned threads) {
    std::vector<word_list> out(texts.size());
    std::vector<std::vector<std::string>> long_stems(texts.size());
    for_each_index(texts.size(), threads, [&](std::size_t i) {
        for_each_content_stem(texts[i], [&](std::string_view stem) {
            if (stem.size() <= packed_bytes) {
                out[i].push_back(packed(stem));
            } else {
                long_stems[i].emplace_back(stem);
            }
        });
        if (long_stems[i].empty()) sort_unique(out[i]);
    });

    std::unordered_map<std::string, std::uint64_t> numbers;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (long_stems[i].empty()) continue;
        for (auto& stem : long_stems[i])
            out[i].push_back(numbers.emplace(std::move(stem), long_stem | numbers.size()).first->second);
        sort_unique(out[i]);
    }
    return out;
}

bool may_reach(std::size_t a, std::size_t b, double threshold) {
    if (a + b == 0) return threshold <= 0.0;
    return 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b) >= threshold;
}

}  // namespace dateline::detail
