// The iterator and context the grammar is instantiated for: raw bytes, no skipper (spacing is
// explicit in the grammar so that a match never runs across a paragraph break).
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;

}  // namespace dateline::grammar
