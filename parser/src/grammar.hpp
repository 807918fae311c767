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

// The same expression, by trying every alternative in order rather than only those that can begin
// with the byte at the position: slower, for the test that the two agree.
using expression_in_order_type = x3::rule<class expression_in_order_class, temporal_ast>;
BOOST_SPIRIT_DECLARE(expression_in_order_type)

// A modifier in front of an expression: "early", "mid-", "the end of", "about", "almost".
using modifier_type = x3::rule<class modifier_class, point_mod>;
BOOST_SPIRIT_DECLARE(modifier_type)

// A word that may come after a number and blanks inside an expression: "24 April", "5 p.m.",
// "4 in the morning", "three years", "two more weeks", "481 BC". The recognizer tries the
// grammar after a number that is followed by blanks only when one of these comes next; kept here,
// beside the rules that read numbers, so that the two stay in step.
using number_follower_type = x3::rule<class number_follower_class>;
BOOST_SPIRIT_DECLARE(number_follower_type)

// A number word or vague count that no rule can go on from: "two people", "several cities"
// (a count is followed by a unit, "more", another number word, "thousand", "hundred", "and" or
// "times"). The recognizer does not try the grammar at one.
using lone_count_type = x3::rule<class lone_count_class>;
BOOST_SPIRIT_DECLARE(lone_count_type)

}  // namespace dateline::grammar

namespace dateline {
const grammar::expression_type& expression_rule();
const grammar::expression_in_order_type& expression_in_order_rule();
const grammar::modifier_type& modifier_rule();
const grammar::number_follower_type& number_follower_rule();
const grammar::lone_count_type& lone_count_rule();
}  // namespace dateline
