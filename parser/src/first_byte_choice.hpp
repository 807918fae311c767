// An ordered choice of rules, `r1 | r2 | ...` (PEG: the first that matches wins), that tries at a
// position only the rules whose first bytes (first_bytes.hpp) allow a match there: the same
// matches with fewer attempts. Which rules may begin with which byte is worked out once, from the
// rules themselves, so a rule added or changed needs nothing else.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>

#include <boost/spirit/home/x3.hpp>

#include "first_bytes.hpp"

namespace dateline::grammar {

template <class Attribute, class... Rules>
struct first_byte_choice : x3::parser<first_byte_choice<Attribute, Rules...>> {
    static_assert(sizeof...(Rules) <= 64, "one bit per rule");
    using attribute_type = Attribute;
    static bool const has_attribute = true;

    std::tuple<Rules...> rules;
    std::array<std::uint64_t, 256> by_first_byte{};  // bit i: rule i may match from that byte
    std::uint64_t at_end = 0;                        // rules that may match at the end of the text

    // With `every_rule`, every rule is tried at every position, as the plain ordered choice does.
    first_byte_choice(bool every_rule, const Rules&... r) : rules(r...) {
        std::size_t i = 0;
        const auto note = [&](const auto& rule) {
            const first_bytes f = every_rule ? first_bytes::anything() : first_bytes_of(rule);
            const std::uint64_t bit = std::uint64_t{1} << i++;
            for (std::size_t c = 0; c < 256; ++c)
                if (f.may_be_empty || f.bytes[c]) by_first_byte[c] |= bit;
            if (f.may_be_empty) at_end |= bit;
        };
        std::apply([&](const auto&... rule) { (note(rule), ...); }, rules);
    }

    template <class Iterator, class Context, class RContext, class Attr>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext,
               Attr& attr) const {
        const std::uint64_t tried = first == last ? at_end : by_first_byte[static_cast<unsigned char>(*first)];
        return parse_in_order(tried, first, last, context, rcontext, attr, std::index_sequence_for<Rules...>{});
    }

private:
    template <class Iterator, class Context, class RContext, class Attr, std::size_t... I>
    bool parse_in_order(std::uint64_t tried, Iterator& first, const Iterator& last, const Context& context,
                        RContext& rcontext, Attr& attr, std::index_sequence<I...>) const {
        return (((tried >> I & 1U) != 0 && std::get<I>(rules).parse(first, last, context, rcontext, attr)) || ...);
    }
};

template <class Attribute, class... Rules>
first_byte_choice<Attribute, Rules...> choose_by_first_byte(bool every_rule, const Rules&... rules) {
    return first_byte_choice<Attribute, Rules...>(every_rule, rules...);
}

}  // namespace dateline::grammar
