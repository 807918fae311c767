#include "date_anchors.hpp"

#include <set>

namespace dateline::render_detail {

std::string date_anchor(std::string_view timex_value) {
    std::string out = "date-";
    for (const char c : timex_value) {
        const bool keep = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
        if (keep) out += c;
    }
    return out;
}

std::vector<std::string> unique_ids(const std::vector<std::string>& wanted) {
    std::set<std::string> taken(wanted.begin(), wanted.end());
    std::set<std::string> given;
    std::vector<std::string> out;
    out.reserve(wanted.size());
    for (const auto& id : wanted) {
        std::string candidate = id;
        for (int n = 2; given.count(candidate) != 0 || (candidate != id && taken.count(candidate) != 0); ++n)
            candidate = id + "-" + std::to_string(n);
        given.insert(candidate);
        out.push_back(std::move(candidate));
    }
    return out;
}

}  // namespace dateline::render_detail
