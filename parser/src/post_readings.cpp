#include "post_readings.hpp"

namespace dateline::detail {
namespace {

// " more " between the count and the unit: "2 more days", "three more weeks".
bool counts_down(std::string_view match) {
    const std::size_t at = match.find(" more ");
    return at != std::string_view::npos && at > 0;
}

}  // namespace

void reread_for_posts(temporal_ast& ast, std::string_view match) {
    if (ast.kind == ast_kind::duration && !ast.fuzzy_count && ast.count && *ast.count >= 2 && counts_down(match)) {
        ast.count.reset();
        ast.fuzzy_count = true;
        return;
    }
    if (ast.kind == ast_kind::vague && ast.vague == vague_ref::present && match == "these days") {
        temporal_ast span;
        span.kind = ast_kind::duration;
        span.unit = time_unit::day;
        span.fuzzy_count = true;
        ast = span;
    }
}

}  // namespace dateline::detail
