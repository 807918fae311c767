// The whole `dateline build` path from bytes: the input is split at ASCII record separators
// (0x1E) into up to eight articles, each read with read_article (front matter and all); an
// undated article at an odd position gets a publication date as `--published` would give it.
// Then build_chronology, and every renderer: HTML page and fragment, Markdown, JSON, with
// --explain on or off; per document also the tag outputs (JSON Lines, and TimeML read back).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "annotated_check.hpp"
#include "check.hpp"
#include "dateline/eval/timeml_reader.hpp"
#include "dateline/render/html.hpp"
#include "dateline/render/json.hpp"
#include "dateline/render/markdown.hpp"
#include "dateline/render/timelinejs.hpp"
#include "dateline/render/tag_jsonl.hpp"
#include "dateline/render/timeml.hpp"
#include "dateline/timeline/analyze.hpp"
#include "dateline/timeline/readers.hpp"
#include "output_check.hpp"

using namespace dateline;

namespace {

constexpr std::size_t max_documents = 8;

std::vector<document> read_documents(std::string_view bytes) {
    std::vector<document> documents;
    for (std::size_t i = 0; i < max_documents && !bytes.empty(); ++i) {
        const std::size_t separator = i + 1 < max_documents ? bytes.find('\x1e') : std::string_view::npos;
        const std::string_view part = bytes.substr(0, separator);
        bytes = separator == std::string_view::npos ? std::string_view{} : bytes.substr(separator + 1);

        const std::string path = "doc" + std::to_string(i) + (i % 2 ? ".md" : ".txt");
        article_result article = read_article(path, std::string(part));
        fuzz::check_diagnostics(article.diagnostics, path);
        if (!article.doc) continue;
        if (!article.doc->published && i % 2 == 1) {
            article.doc->published = publication_time{date::local_days{date::year{2025} / 4 / 24}, std::nullopt, ""};
            article.doc->published_from = date_origin::command_line;
        }
        documents.push_back(std::move(*article.doc));
    }
    return documents;
}

void check_tag_outputs(const document& doc) {
    const tagged_document tagged = tag_document(doc);
    fuzz::check_tagged(tagged, doc.content);
    fuzz::check_json(render_tag_jsonl(doc, tagged));

    // TimeML written by `dateline tag` reads back with the same text length and the same spans.
    const annotated_result back = read_timeml("back.tml", render_timeml(doc, tagged));
    fuzz::check_annotated(back, "back.tml");
    fuzz::require(back.doc.has_value(), "the TimeML written for a document reads back");
    fuzz::require(back.doc->doc.content.size() == doc.body().size(), "TimeML keeps the body's byte offsets");
    fuzz::require(back.doc->timexes.size() == tagged.timexes.size(), "TimeML keeps every timex");
    for (std::size_t i = 0; i < tagged.timexes.size(); ++i)
        fuzz::require(back.doc->timexes[i].start + doc.body_begin == tagged.timexes[i].begin,
                      "TimeML keeps every timex where it was", tagged.timexes[i].text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool explain = (data[0] & 1u) != 0;
    std::vector<document> documents =
        read_documents(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));

    std::set<std::string> urls;
    for (const document& doc : documents) {
        if (!doc.url.empty()) urls.insert(doc.url);
        check_tag_outputs(doc);
    }

    render_options options;
    options.explain = explain;
    if (!documents.empty()) options.title = documents.front().title;  // hostile titles too

    const chronology c = build_chronology(std::move(documents));
    for (const event_group& g : c.dated)
        for (const event& e : g.reports) fuzz::require(e.document < c.documents.size(), "a report names its document");
    for (std::size_t i = 1; i < c.dated.size(); ++i)
        fuzz::require(c.dated[i - 1].when.begin <= c.dated[i].when.begin, "dated events are in time order");

    fuzz::check_html_page(render_html(c, options), urls);
    options.fragment = true;
    fuzz::check_html_fragment(render_html(c, options), urls);
    fuzz::check_markdown(render_markdown(c, options), urls);
    fuzz::check_json(render_json(c, options));
    fuzz::check_timelinejs(render_timelinejs(c, options), urls);
    return 0;
}
