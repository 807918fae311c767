// A saved page's bytes as UTF-8: the byte order mark or the declared charset (<meta charset>,
// <meta http-equiv="Content-Type" content="...; charset=...">) says how it was written, and
// anything other than UTF-8 is converted with iconv.
#pragma once

#include <string>
#include <string_view>

namespace dateline::detail {

struct decoded_page {
    std::string text;     // UTF-8 (undecodable bytes of a declared charset become U+FFFD)
    std::string charset;  // as declared, lowercase; "utf-8" when none was
    std::string problem;  // why a declaration was not followed, or empty
};

decoded_page decode_page(std::string_view bytes);

}  // namespace dateline::detail
