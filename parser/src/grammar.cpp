#include "grammar_def.hpp"

#include "config.hpp"

namespace dateline::grammar {
BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(expression_in_order_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(modifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(number_follower_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(lone_count_type, iterator_type, context_type)
}  // namespace dateline::grammar

namespace dateline {
const grammar::expression_type& expression_rule() { return grammar::expression; }
const grammar::expression_in_order_type& expression_in_order_rule() { return grammar::expression_in_order; }
const grammar::modifier_type& modifier_rule() { return grammar::modifier; }
const grammar::number_follower_type& number_follower_rule() { return grammar::number_follower; }
const grammar::lone_count_type& lone_count_rule() { return grammar::lone_count; }
}  // namespace dateline
