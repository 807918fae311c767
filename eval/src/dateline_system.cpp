#include "dateline/eval/dateline_system.hpp"

#include "dateline/timeline/analyze.hpp"

namespace dateline {

std::vector<timex_annotation> dateline_timexes(const document& doc) {
    const tagged_document tagged = tag_document(doc);
    std::vector<timex_annotation> out;
    out.reserve(tagged.timexes.size());
    for (const timex& t : tagged.timexes) {
        out.push_back({t.begin, t.end, t.text, {}, std::string(to_string(t.r.type)), t.r.value, t.r.mod});
    }
    return out;
}

}  // namespace dateline
