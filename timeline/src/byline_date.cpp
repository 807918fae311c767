#include "byline_date.hpp"

#include "text_scan.hpp"

namespace dateline::detail {
namespace {

// Lowercase (ASCII letters lowered before comparing); each followed by the date within a few
// words: "am", "on", "le", ":", a name ("Posted by Jane Doe on").
constexpr std::string_view publication_words[]{
    "published", "posted", "publication date", "date published", "released",
    "ver\xC3\xB6" "ffentlicht", "veroeffentlicht", "ver\xC3\xB6" "ffentlichung", "erstellt", "erschienen", "publiziert",
    "geschrieben", "gepostet",
    "publi\xC3\xA9", "mis en ligne", "paru le", "date de publication",
    "pubblicato", "publicado",
};

constexpr std::size_t most_bytes_to_date = 48;  // "Posted by Jane Doe-Smith on April 24, 2025"

// German puts the word after the date: "wurde am 19. Mai 2010 um 23:03 Uhr gepostet".
constexpr std::string_view words_after_date[]{"gepostet", "ver\xC3\xB6" "ffentlicht"};
constexpr std::size_t most_bytes_after_date = 24;

bool starts_word_at(std::string_view text, std::size_t i) { return i == 0 || !is_ascii_alpha(text[i - 1]); }

}  // namespace

std::optional<written_date> find_cued_date(std::string_view text) {
    const std::string lower = to_lower_ascii(text);
    std::optional<written_date> best;
    for (const auto word : publication_words) {
        std::size_t from = 0;
        while (true) {
            const std::size_t at = lower.find(word, from);
            if (at == std::string::npos || (best && at >= best->begin)) break;
            from = at + 1;
            if (!starts_word_at(lower, at)) continue;
            const std::size_t after = at + word.size();
            const auto date = find_written_date(text.substr(after, most_bytes_to_date + 32));
            if (!date || date->begin > most_bytes_to_date) continue;
            best = written_date{date->when, at, after + date->end};
            break;
        }
    }
    if (best) return best;
    // A date followed closely by a word after the date.
    for (std::size_t pos = 0; pos < text.size();) {
        const auto date = find_written_date(text.substr(pos));
        if (!date) break;
        const std::size_t end = pos + date->end;
        const std::string_view after = std::string_view(lower).substr(end, most_bytes_after_date + 16);
        for (const auto word : words_after_date) {
            const std::size_t at = after.find(word);
            if (at != std::string_view::npos && at <= most_bytes_after_date)
                return written_date{date->when, pos + date->begin, end + at + word.size()};
        }
        pos = end;
    }
    return std::nullopt;
}

}  // namespace dateline::detail
