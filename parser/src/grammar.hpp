// The temporal-expression grammar: declarations only. Definitions live in grammar_def.hpp,
// instantiated once in grammar.cpp, so callers do not pay Spirit's compile time.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "dateline/parser/ast.hpp"

namespace dateline::grammar {

namespace x3 = boost::spirit::x3;

// A whole temporal expression starting at the current position.
using expression_type = x3::rule<class expression_class, temporal_ast>;
BOOST_SPIRIT_DECLARE(expression_type)

// A modifier in front of an expression: "early", "mid-", "the end of", "about", "almost".
using modifier_type = x3::rule<class modifier_class, point_mod>;
BOOST_SPIRIT_DECLARE(modifier_type)

}  // namespace dateline::grammar

namespace dateline {
const grammar::expression_type& expression_rule();
const grammar::modifier_type& modifier_rule();
}  // namespace dateline
