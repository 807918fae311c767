#include "dateline/render/tag_jsonl.hpp"

#include "json_values.hpp"

namespace dateline {

std::string render_tag_jsonl(const document& doc, const tagged_document& tagged, bool with_text) {
    render_detail::json j;
    j["document"] = doc.path;
    j["published"] = render_detail::published_json(doc);
    j["published_from"] = render_detail::date_origin_key(doc.published_from);
    j["timexes"] = render_detail::json::array();
    for (const auto& t : tagged.timexes) j["timexes"].push_back(render_detail::timex_json(t));
    if (with_text) j["text"] = doc.content;
    return render_detail::dump(j, -1) + "\n";
}

}  // namespace dateline
