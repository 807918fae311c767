// A fixed set of lowercase words built at compile time, looked up by one hash and a probe or two:
// the scan asks about nearly every word of a text whether it is in a list, and comparing it with
// each entry of a list costs more than the rest of the scan.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dateline {

// FNV-1a over the first four bytes of a word and its length: enough to spread the words of a
// list, and cheaper than hashing every byte of every word of a text.
constexpr std::uint32_t word_hash(std::string_view w) {
    std::uint32_t h = 2166136261U ^ static_cast<std::uint32_t>(w.size());
    for (std::size_t i = 0; i < w.size() && i < 4; ++i) {
        h ^= static_cast<unsigned char>(w[i]);
        h *= 16777619U;
    }
    return h ^ (h >> 15);
}

// Open addressing with linear probing; `Slots` a power of two at least twice the number of words
// (checked when it is built), so a word not in the set meets an empty slot within a few probes.
template <std::size_t Slots>
class word_set {
    static_assert((Slots & (Slots - 1)) == 0, "Slots must be a power of two");

public:
    template <std::size_t N>
    consteval explicit word_set(const std::array<std::string_view, N>& words) {
        static_assert(2 * N <= Slots, "too many words for the slots");
        for (const std::string_view w : words) {
            if (w.empty()) continue;  // padding of fixed-size lists
            std::size_t i = word_hash(w) & (Slots - 1);
            while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (Slots - 1);
            slots_[i] = w;
        }
    }

    constexpr bool contains(std::string_view w) const {
        if (w.empty()) return false;
        for (std::size_t i = word_hash(w) & (Slots - 1);; i = (i + 1) & (Slots - 1)) {
            const std::string_view s = slots_[i];
            if (s.empty()) return false;
            if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
        }
    }

private:
    std::array<std::string_view, Slots> slots_{};
};

}  // namespace dateline
