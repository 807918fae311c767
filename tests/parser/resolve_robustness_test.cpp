// Resolver: any AST, however odd its fields, gives a well-formed resolution and never crashes
// (run under -DDATELINE_SANITIZE=ON to catch undefined behaviour as well).
#include <array>
#include <cmath>
#include <limits>
#include <random>

#include "resolve_support.hpp"

namespace dateline::resolve_testing {
namespace {

template <typename T, std::size_t N>
T pick(std::mt19937& rng, const std::array<T, N>& options) {
    return options[std::uniform_int_distribution<std::size_t>{0, N - 1}(rng)];
}

template <typename E>
E pick_enum(std::mt19937& rng, unsigned count) {
    return static_cast<E>(std::uniform_int_distribution<unsigned>{0, count - 1}(rng));
}

temporal_ast random_ast(std::mt19937& rng) {
    constexpr int int_max = std::numeric_limits<int>::max();
    constexpr int int_min = std::numeric_limits<int>::min();
    constexpr unsigned uint_max = std::numeric_limits<unsigned>::max();
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double nan = std::nan("");

    temporal_ast a;
    a.kind = pick_enum<ast_kind>(rng, 14);
    a.rel = pick_enum<relation>(rng, 7);
    a.unit = pick_enum<time_unit>(rng, 16);
    a.part = pick_enum<day_part>(rng, 7);
    a.season = pick_enum<season_name>(rng, 5);
    a.mod = pick_enum<point_mod>(rng, 13);
    a.vague = pick_enum<vague_ref>(rng, 4);
    a.dir = pick_enum<direction>(rng, 3);
    a.year = pick(rng, std::array<std::optional<int>, 8>{std::nullopt, 2025, 0, 9999, 10000, -5, int_max, int_min});
    a.two_digit_year = pick(rng, std::array<bool, 2>{false, true});
    a.month = pick(rng, std::array<std::optional<unsigned>, 5>{std::nullopt, 0u, 2u, 12u, 13u});
    a.day = pick(rng, std::array<std::optional<unsigned>, 6>{std::nullopt, 0u, 29u, 31u, 32u, uint_max});
    a.weekday = pick(rng, std::array<std::optional<unsigned>, 4>{std::nullopt, 0u, 6u, 7u});
    a.number = pick(rng, std::array<std::optional<unsigned>, 5>{std::nullopt, 0u, 3u, 20u, uint_max});
    a.count = pick(rng, std::array<std::optional<double>, 9>{std::nullopt, 0.0, 1.0, 2.5, -1.0, 1e13, 1e300, inf, nan});
    a.fuzzy_count = pick(rng, std::array<bool, 2>{false, true});
    a.day_offset = pick(rng, std::array<int, 5>{0, -1, 1, int_max, int_min});
    a.hour = pick(rng, std::array<std::optional<unsigned>, 4>{std::nullopt, 0u, 23u, 99u});
    a.minute = pick(rng, std::array<std::optional<unsigned>, 4>{std::nullopt, 0u, 59u, uint_max});
    a.times = pick(rng, std::array<std::optional<unsigned>, 3>{std::nullopt, 2u, uint_max});
    return a;
}

TEST(resolver_robustness, random_asts_give_well_formed_resolutions) {
    const std::array<std::string_view, 5> dcts{"", "2025-04-24", "2025-04-24T10:35+03:00", "0000-01-01",
                                               "9999-12-31T23:59"};
    const std::array<std::string_view, 5> narratives{"", "2025-03-18", "2025-03-18T10:35", "0000-01-01",
                                                     "9999-12-31TNI"};
    std::mt19937 rng{20250424};
    for (int i = 0; i < 20000; ++i) {
        const temporal_ast a = random_ast(rng);
        const resolve_context ctx = context_of(pick(rng, dcts), pick(rng, narratives), pick_enum<tense>(rng, 4));
        const resolution r = resolve(a, ctx);
        SCOPED_TRACE(::testing::Message() << "case " << i << ", kind " << static_cast<int>(a.kind) << ", rule "
                                          << r.rule << ", value " << r.value);
        ASSERT_FALSE(r.rule.empty());
        if (r.when) {
            ASSERT_LT(r.when->begin, r.when->end);
            ASSERT_TRUE(r.resolved());
        }
        if (r.anchor == anchor_kind::dct || r.anchor == anchor_kind::narrative) {
            ASSERT_FALSE(r.anchor_value.empty());
        }
        if (r.anchor == anchor_kind::missing) {
            ASSERT_FALSE(r.resolved());
        }
        ASSERT_NE(r.value.rfind('-', 0), 0u) << "a value never starts with a negative year";
    }
}

}  // namespace
}  // namespace dateline::resolve_testing
