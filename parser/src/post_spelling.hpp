// The TIMEX3 spellings of the tweet gold (SynTime's tweets), which resolve() gives in short posts
// (resolve_context::post). The values mean what TIMEX3's own spellings mean; only the writing
// differs, and it differs the same way throughout that gold:
//   a year said with its digits         "2014"            -> "2014-XX-XX" ("last year" stays "2013")
//   a day said by its weekday alone     "this Sat, 7pm"   -> "2013-04-13-WXX-6T19:00"
//                                       ("Friday, 14 December" stays "2012-12-14")
//   a calendar week                     "this week"       -> "2015-03-W13" (the week's month)
//   years or months ago, to the day     "2 years ago"     -> "2012-08-06" (on 6 August 2014)
//   a century by its number             "the 19th century" -> DURATION "P1C-#19" (the 19th of them)
#pragma once

#include "dateline/parser/ast.hpp"
#include "dateline/parser/timex.hpp"

namespace dateline::detail {

resolution spell_for_posts(resolution r, const temporal_ast& a, const resolve_context& ctx);

}  // namespace dateline::detail
