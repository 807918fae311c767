// How short informal posts mean some of the grammar's matches, as the tweet gold annotates them:
//   a countdown of several units    "2 more days", "3 more hours" -> PXD, PTXH ("1 more day" stays P1D)
//   "these days"                    a span of days (PXD), not the present
//   a hashtag                       "#Friday", "#10yrs", "#Christmas" name a topic, no time ("#720pm" is one)
//   four digits as a clock          only after a word that places a time: "at 1015", "abt 2250"
//                                   ("Lost 1500 in FX", "over 1000 Miles" are amounts)
//   a day at a clock time           two expressions: "today" and "9am" in "today at 9am"
//   "the year 2014"                 the year
// News keeps the grammar's reading.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dateline/parser/recognize.hpp"

namespace dateline::detail {

// `match` is the matched text, folded to lowercase ASCII.
void reread_for_posts(temporal_ast& ast, std::string_view match);

// The matches found[from, end) of a post (over its folded text), told apart or put together as
// the list above says; text order is kept.
void adjust_post_matches(std::string_view folded, std::vector<recognized>& found, std::size_t from);

}  // namespace dateline::detail
