// Readers' comments saved with an article ("At 6:20pm on 11 Jun 2009, Tom wrote: ...",
// "March 29, 2011 at 12:43 am | Reply ...", "9th November 2011 - 8:26 ..."): their dates are when a reader wrote, not when
// something happened, so they are no evidence of a salient day and no report to show for one.
#pragma once

#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

#include "dateline/timeline/event.hpp"

namespace dateline {

// Whether a sentence carries a comment's heading: it opens with "At" and a clock time and says
// "<name> wrote:" within its first words, or it holds a comment widget's "| Reply" or
// "| Report abuse", or it opens with a comment's time stamp: a blog's "March 1, 2011 at 5:58 pm |"
// or a BBC comment's "9th November 2011 - 8:26".
bool opens_reader_comment(std::string_view sentence);

inline constexpr std::size_t no_comments = std::numeric_limits<std::size_t>::max();

// Per document of the chronology, the index of its first sentence that opens a reader comment,
// or no_comments. Comments follow the article: every sentence from there on is a comment (a
// comment's later sentences carry no heading).
std::vector<std::size_t> comment_section_starts(const chronology& c);

// Whether a report lies in its document's comment section.
bool in_comments(const event& e, const std::vector<std::size_t>& starts);

}  // namespace dateline
