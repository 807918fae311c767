#include "dateline/timeline/text_kind.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dateline {
namespace {

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// "@name" (not "a@b.com") and "#tag" with a letter in it (not "# 1000", a tokeniser's pound sign,
// nor "#1" in a list).
bool has_mention_or_hashtag(std::string_view t) {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i] != '@' && t[i] != '#') continue;
        if (i > 0 && is_word_byte(t[i - 1])) continue;
        std::size_t end = i + 1;
        bool letter = false;
        while (end < t.size() && is_word_byte(t[end])) letter = is_letter(t[end++]) || letter;
        if (end > i + 1 && (t[i] == '@' || letter)) return true;
    }
    return false;
}

bool has_link(std::string_view t) {
    return t.find("http://") != std::string_view::npos || t.find("https://") != std::string_view::npos ||
           t.find("www.") != std::string_view::npos || t.find("t.co/") != std::string_view::npos;
}

// Pictographs (U+1F000-U+1FAFF) and the older symbols and dingbats (U+2600-U+27BF), in UTF-8.
bool has_emoji(std::string_view t) {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        const auto lead = static_cast<unsigned char>(t[i]);
        const auto next = static_cast<unsigned char>(t[i + 1]);
        if (lead == 0xF0 && next == 0x9F) return true;
        if (lead == 0xE2 && next >= 0x98 && next <= 0x9E) return true;
    }
    return false;
}

constexpr std::array<std::string_view, 12> emoticons = {":)", ":(", ":D", ":P", ";)", ":-)", ":-(", ";-)",
                                                        "<3", "^^", "T.T", ":'("};

bool has_emoticon(std::string_view t) {
    for (const std::string_view e : emoticons)
        if (t.find(e) != std::string_view::npos) return true;
    return false;
}

// What only posts have: a mention, a hashtag, a link, an emoji or an emoticon.
bool has_post_marks(std::string_view t) {
    return has_mention_or_hashtag(t) || has_link(t) || has_emoji(t) || has_emoticon(t);
}

// A wire dateline before the first dash: "WASHINGTON (AP) -- ", "LONDON, April 24 (Reuters) - ",
// "WASHINGTON _ ": a place in capitals, then only capitalised words, numbers and the agency, and
// a sentence after the dash.
bool opens_with_dateline(std::string_view t) {
    std::size_t caps = 0;
    while (caps < t.size() && std::isupper(static_cast<unsigned char>(t[caps])) != 0) ++caps;
    if (caps < 3 || (caps < t.size() && is_letter(t[caps]))) return false;
    const std::string_view head = t.substr(0, 80);
    std::size_t dash = std::string_view::npos;
    std::size_t story = 0;  // where the story begins after the dash
    for (const std::string_view d : {" -- ", " - ", " _ ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const std::size_t at = head.find(d);
        if (at < dash) {
            dash = at;
            story = at + d.size();
        }
    }
    if (dash == std::string_view::npos || story >= t.size()) return false;
    if (std::isupper(static_cast<unsigned char>(t[story])) == 0 && t[story] != '"') return false;
    for (std::size_t i = 0; i < dash; ++i)
        if (std::islower(static_cast<unsigned char>(t[i])) != 0 && (i == 0 || !is_letter(t[i - 1]))) return false;
    return true;
}

// The text outside double quotes ("...", “...”, ``...''): what the writer says in their own words.
std::string outside_quotes(std::string_view t) {
    std::string out;
    bool quoted = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '"') {
            quoted = !quoted;
        } else if (t.substr(i, 3) == "\xE2\x80\x9C" || t.substr(i, 2) == "``") {
            quoted = true;
        } else if (t.substr(i, 3) == "\xE2\x80\x9D" || t.substr(i, 2) == "''") {
            quoted = false;
        } else if (!quoted) {
            out += t[i];
        }
    }
    return out;
}

// The writer speaking of themselves, or in chat spelling: news says neither outside quotes. Sorted,
// for a binary search per word.
constexpr std::array<std::string_view, 30> personal_words = {
    "abt", "fml", "fuck", "gonna", "haha", "i",   "i'd", "i'll", "i'm", "i've",  "im",  "ive", "lah", "lol", "me",
    "mine", "my",  "omg",  "our",   "pls",  "plz", "shit", "tdy", "thx", "tmr", "ur",  "wanna", "we",  "we're", "wtf"};
static_assert(std::is_sorted(personal_words.begin(), personal_words.end()));

struct words_seen {
    std::size_t count = 0;
    bool personal = false;
    bool names_something = false;  // a capitalised word inside a sentence: a name, a place
};

words_seen read_words(std::string_view t) {
    words_seen seen;
    std::size_t i = 0;
    bool sentence_start = true;
    while (i < t.size()) {
        if (!is_letter(t[i])) {
            const bool then_blank = i + 1 >= t.size() || t[i + 1] == ' ' || t[i + 1] == '\n';  // not "N.V."
            if ((t[i] == '.' || t[i] == '!' || t[i] == '?' || t[i] == ':') && then_blank) sentence_start = true;
            ++i;
            continue;
        }
        if (!sentence_start && std::isupper(static_cast<unsigned char>(t[i])) != 0) seen.names_something = true;
        sentence_start = false;
        std::string word;
        while (i < t.size() && (is_letter(t[i]) || t[i] == '\'')) word += static_cast<char>(std::tolower(static_cast<unsigned char>(t[i++])));
        ++seen.count;
        if (word == "u" && t[i - 1] == 'u') seen.personal = true;  // "u" for you, not the "U" of "U.S."
        if (std::binary_search(personal_words.begin(), personal_words.end(), std::string_view{word})) seen.personal = true;
    }
    return seen;
}

// A news sentence or two: a capital first, a full stop last, no exclamation, no question of the
// writer's own, at least eight words, someone or something named, nobody speaking of themselves
// outside quotes.
bool reads_as_news(std::string_view t) {
    if (opens_with_dateline(t)) return true;
    const char first = t.front();
    if (std::isupper(static_cast<unsigned char>(first)) == 0 && first != '"' && first != '`') return false;
    const std::string own = outside_quotes(t);
    if (t.find('!') != std::string_view::npos || own.find('?') != std::string::npos) return false;
    std::string_view said = t;  // without closing quotes
    while (true) {
        if (said.ends_with("\xE2\x80\x9D")) said.remove_suffix(3);
        else if (said.ends_with('"') || said.ends_with('\'')) said.remove_suffix(1);
        else break;
    }
    if (said.size() < 2 || !said.ends_with('.') || said.ends_with("..")) return false;
    const words_seen seen = read_words(own);
    constexpr std::size_t fewest_words = 8;
    return seen.count >= fewest_words && seen.names_something && !seen.personal;
}

}  // namespace

bool is_short_post(std::string_view body) {
    const std::size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return false;
    const std::size_t last = body.find_last_not_of(" \t\r\n");
    const std::string_view text = body.substr(first, last - first + 1);
    constexpr std::size_t longest_post = 280;
    const bool short_one_paragraph = text.size() <= longest_post && text.find("\n\n") == std::string_view::npos &&
                                     text.find("\n\r\n") == std::string_view::npos;
    if (!short_one_paragraph) return false;
    return has_post_marks(text) || !reads_as_news(text);
}

}  // namespace dateline
