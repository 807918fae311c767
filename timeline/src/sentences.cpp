// split_sentences: one pass over the body, a line at a time. A line break ends a sentence unless
// the next line goes on in lowercase (text wrapped by hand); inside a line a sentence ends at
// . ! ? plus closing quotes, when what follows starts a sentence (see is_sentence_end).
#include <algorithm>

#include "dateline/timeline/sentence_words.hpp"
#include "dateline/timeline/sentences.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

constexpr std::size_t npos = std::string_view::npos;

using detail::starts_with_at;

// Length of a closing quote or bracket at s[i] (kept in the sentence after its end), else 0.
std::size_t closing_length(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const char c = s[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (starts_with_at(s, i, "\xE2\x80\x9D") || starts_with_at(s, i, "\xE2\x80\x99")) return 3;  // ” ’
    if (starts_with_at(s, i, "\xC2\xBB")) return 2;  // »
    return 0;
}

bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }

// After a bullet marker and its spaces, or `first` when the line is no bullet item.
std::size_t after_bullet(std::string_view s, std::size_t first, std::size_t line_end) {
    for (const auto marker : bullet_markers()) {
        if (!starts_with_at(s, first, marker)) continue;
        const std::size_t after = first + marker.size();
        if (after >= line_end || detail::horizontal_space_length(s, after) == 0) continue;
        std::size_t i = after;
        while (i < line_end && detail::horizontal_space_length(s, i) > 0) i += detail::horizontal_space_length(s, i);
        return i;
    }
    return first;
}

const abbreviation* find_abbreviation(std::string_view word) {
    for (const auto& a : abbreviations())
        if (detail::iequals_ascii(a.text, word)) return &a;
    return nullptr;
}

bool next_word_starts_sentences(std::string_view s, std::size_t next) {
    std::size_t e = next;
    while (e < s.size() && detail::is_ascii_alpha(s[e])) ++e;
    const std::string_view word = s.substr(next, e - next);
    const auto starters = sentence_starters();
    return std::find(starters.begin(), starters.end(), word) != starters.end();
}

// Whether the terminator at `term` (closing quotes up to `after`) ends the sentence, given that
// the next sentence would start at `next`.
bool is_sentence_end(std::string_view s, std::size_t line_begin, std::size_t term, std::size_t after, std::size_t next) {
    if (detail::is_ascii_lower(s[next])) return false;  // "?" he asked. / "U.S. officials"
    if (s[term] != '.' || after != term + 1) return true;

    std::size_t b = term;
    while (b > line_begin && (detail::is_ascii_alpha(s[b - 1]) || s[b - 1] == '.')) --b;
    const std::string_view word = s.substr(b, term + 1 - b);  // with the final period
    const bool has_letter = std::any_of(word.begin(), word.end(), [](char c) { return detail::is_ascii_alpha(c); });
    if (!has_letter) return true;                                            // "in 2022."
    if (b > line_begin && (detail::is_ascii_alnum(s[b - 1]) || s[b - 1] == '-')) return true;  // "KN-23A."

    if (const abbreviation* a = find_abbreviation(word)) {
        switch (a->kind) {
        case abbreviation_kind::never_ends: return false;
        case abbreviation_kind::before_number: return !detail::is_ascii_digit(s[next]);
        case abbreviation_kind::may_end: return next_word_starts_sentences(s, next);
        }
    }
    const bool initial = word.size() == 2 && detail::is_ascii_upper(word[0]);       // "J. Trump"
    const bool dotted = std::count(word.begin(), word.end(), '.') > 1;              // "J.D.", "U.A.E."
    if (initial || dotted) return next_word_starts_sentences(s, next);
    return true;
}

class splitter {
public:
    explicit splitter(std::string_view content) : s_(content) {}

    std::vector<sentence_span> run(std::size_t body_begin) {
        std::size_t pos = std::min(body_begin, s_.size());
        while (pos < s_.size()) {
            std::size_t line_end = s_.find('\n', pos);
            if (line_end == npos) line_end = s_.size();
            if (!line(pos, line_end)) return std::move(out_);
            pos = line_end + 1;
        }
        close(s_.size());
        return std::move(out_);
    }

private:
    // Handles one line; false when the line ends the article.
    bool line(std::size_t begin, std::size_t end) {
        std::size_t first = begin;
        while (first < end && detail::horizontal_space_length(s_, first) > 0) first += detail::horizontal_space_length(s_, first);
        if (first >= end) {
            close(end);
            return true;
        }
        if (const clutter_phrase* clutter = find_clutter(s_.substr(begin, end - begin))) {
            close(begin);
            return !clutter->ends_article;
        }
        const bool continues = open_ != npos && detail::is_ascii_lower(s_[first]);
        if (!continues) {
            close(begin);
            first = after_bullet(s_, first, end);
            if (first >= end) return true;
            open_ = first;
        }
        scan(begin, first, end);
        return true;
    }

    void scan(std::size_t line_begin, std::size_t i, std::size_t end) {
        while (i < end) {
            if (!is_terminator(s_[i])) {
                ++i;
                continue;
            }
            if (s_[i] == '.' && i + 1 < end && s_[i + 1] == '.') {  // an ellipsis goes on: "a deal ... I think"
                while (i < end && s_[i] == '.') ++i;
                continue;
            }
            const std::size_t term = i;
            std::size_t after = i + 1;
            while (after < end && is_terminator(s_[after])) ++after;  // "?!"
            while (after < end) {
                const std::size_t n = closing_length(s_, after);
                if (n == 0) break;
                after += n;
            }
            std::size_t next = after;
            while (next < end && detail::horizontal_space_length(s_, next) > 0) next += detail::horizontal_space_length(s_, next);
            if (next >= end) {
                close(after);
                return;
            }
            if (next > after && open_ != npos && is_sentence_end(s_, line_begin, term, after, next)) {
                close(after);
                open_ = next;
            }
            i = std::max(after, term + 1);
        }
    }

    void close(std::size_t end) {
        if (open_ == npos) return;
        const std::size_t trimmed = detail::trim_end(s_, open_, std::min(end, s_.size()));
        if (trimmed > open_) out_.push_back({open_, trimmed});
        open_ = npos;
    }

    std::string_view s_;
    std::size_t open_ = npos;
    std::vector<sentence_span> out_;
};

}  // namespace

std::vector<sentence_span> split_sentences(std::string_view content, std::size_t body_begin) {
    return splitter(content).run(body_begin);
}

std::string sentence_text(std::string_view content, sentence_span s) {
    if (s.begin >= content.size() || s.end <= s.begin) return {};
    return detail::fold_spaces(content.substr(s.begin, std::min(s.end, content.size()) - s.begin));
}

}  // namespace dateline
