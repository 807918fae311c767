// Before gumbo parses a page: the bodies of scripts (other than JSON-LD), style sheets, inline
// SVG drawings and comments are nothing the reader uses, and on news pages they are about half
// the bytes. They are cut out here, each by the rule HTML's tokenizer ends it with ("</script",
// "</style", "-->"), keeping their line breaks so that line numbers stay those of the page.
#pragma once

#include <string>
#include <string_view>

namespace dateline::detail {

std::string prune_unread_content(std::string_view html);

}  // namespace dateline::detail
