#include "expression_match.hpp"

#include "config.hpp"
#include "grammar.hpp"

namespace dateline {

std::optional<expression_match> match_expression(std::string_view folded, std::size_t at, alternatives_tried how) {
    grammar::iterator_type first = folded.data() + at;
    const grammar::iterator_type last = folded.data() + folded.size();
    expression_match m;
    const bool found = how == alternatives_tried::by_first_word
                           ? boost::spirit::x3::parse(first, last, expression_rule(), m.ast)
                           : boost::spirit::x3::parse(first, last, expression_in_order_rule(), m.ast);
    if (!found) return std::nullopt;
    m.end = static_cast<std::size_t>(first - folded.data());
    return m;
}

}  // namespace dateline
