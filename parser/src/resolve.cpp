#include "dateline/parser/resolve.hpp"
namespace dateline {
resolution resolve(const temporal_ast&, const resolve_context&) { return {}; }  // TEMPORARY placeholder
}
