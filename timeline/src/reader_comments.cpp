// opens_reader_comment and the comment section of each document (see reader_comments.hpp).
#include "dateline/timeline/reader_comments.hpp"

#include "text_scan.hpp"

namespace dateline {
namespace {

// How far into the sentence "wrote:" may end a heading: a timestamp and a reader's name.
constexpr std::size_t heading_length = 120;

// "At 12:19 26th Apr 2009 , Tom wrote :", "At 6:20 pm on 11 Jun 2009, Tom wrote:".
bool timestamped_wrote(std::string_view s) {
    if (!detail::istarts_with_ascii(s, "at ") || s.size() < 4 || !detail::is_ascii_digit(s[3])) return false;
    std::size_t i = 3;
    while (i < s.size() && detail::is_ascii_digit(s[i])) ++i;
    if (i >= s.size() || (s[i] != ':' && s[i] != '.')) return false;
    const std::size_t wrote = s.substr(0, heading_length).find(" wrote");
    if (wrote == std::string_view::npos) return false;
    const std::size_t after = detail::skip_spaces(s, wrote + 6);
    return after < s.size() && s[after] == ':';
}

}  // namespace

bool opens_reader_comment(std::string_view sentence) {
    return timestamped_wrote(sentence) || sentence.find("| Reply") != std::string_view::npos ||
           sentence.find("| Report abuse") != std::string_view::npos;
}

std::vector<std::size_t> comment_section_starts(const chronology& c) {
    std::vector<std::size_t> starts(c.documents.size(), no_comments);
    const auto look_at = [&](const event& e) {
        if (e.document < starts.size() && e.sentence_index < starts[e.document] && opens_reader_comment(e.text))
            starts[e.document] = e.sentence_index;
    };
    for (const auto& g : c.dated)
        for (const auto& e : g.reports) look_at(e);
    for (const auto& e : c.undated) look_at(e);
    return starts;
}

bool in_comments(const event& e, const std::vector<std::size_t>& starts) {
    return e.document < starts.size() && e.sentence_index >= starts[e.document];
}

}  // namespace dateline
