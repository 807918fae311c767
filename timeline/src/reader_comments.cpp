// opens_reader_comment and the comment section of each document (see reader_comments.hpp).
#include "dateline/timeline/reader_comments.hpp"

#include <initializer_list>

#include "calendar_words.hpp"
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

// Reads the pieces of a comment's time stamp from the front of a sentence, skipping the spaces
// after each; once a piece is missing, every later step fails too.
class stamp_reader {
public:
    explicit stamp_reader(std::string_view s) : s_(s) {}
    bool ok() const { return ok_; }
    stamp_reader& digits(std::size_t least, std::size_t most) {
        std::size_t n = 0;
        while (ok_ && at_ + n < s_.size() && detail::is_ascii_digit(s_[at_ + n])) ++n;
        return advance(n >= least && n <= most, n);
    }
    stamp_reader& month() {
        std::size_t n = 0;
        while (ok_ && at_ + n < s_.size() && detail::is_ascii_alpha(s_[at_ + n])) ++n;
        return advance(n > 0 && detail::month_number(s_.substr(at_, n)).has_value(), n);
    }
    // One of the words (case-insensitive), or "" for none.
    stamp_reader& one_of(std::initializer_list<std::string_view> words) {
        for (const std::string_view w : words)
            if (ok_ && detail::istarts_with_ascii(s_.substr(at_), w)) return advance(true, w.size());
        return advance(false, 0);
    }

private:
    stamp_reader& advance(bool matched, std::size_t n) {
        ok_ = ok_ && matched;
        if (ok_) at_ = detail::skip_spaces(s_, at_ + n);
        return *this;
    }
    std::string_view s_;
    std::size_t at_ = 0;
    bool ok_ = true;
};

// A blog's comment stamp before the comment: "March 1 , 2011 at 5:58 pm | I may go as far as ...".
bool stamp_then_bar(std::string_view s) {
    stamp_reader r(s);
    r.month().digits(1, 2).one_of({",", ""}).digits(4, 4).one_of({"at"}).digits(1, 2).one_of({":"}).digits(2, 2);
    return r.one_of({"am", "pm"}).one_of({"|"}).ok();
}

// A BBC comment's stamp: "9th November 2011 - 8:26 This to me seems ...".
bool ordinal_day_stamp(std::string_view s) {
    stamp_reader r(s);
    r.digits(1, 2).one_of({"st", "nd", "rd", "th"}).month().digits(4, 4).one_of({"-"});
    return r.digits(1, 2).one_of({":"}).digits(2, 2).ok();
}

}  // namespace

bool opens_reader_comment(std::string_view sentence) {
    return timestamped_wrote(sentence) || sentence.find("| Reply") != std::string_view::npos ||
           sentence.find("| Report abuse") != std::string_view::npos || stamp_then_bar(sentence) ||
           ordinal_day_stamp(sentence);
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
