#include "read_input.hpp"

#include <utility>

#include "dateline/timeline/feed_reader.hpp"
#include "dateline/timeline/html_article.hpp"
#include "dateline/timeline/jsonl_reader.hpp"
#include "dateline/timeline/readers.hpp"

namespace dateline::cli {
namespace {

articles_result one(article_result r) {
    articles_result out;
    if (r.doc) out.documents.push_back(std::move(*r.doc));
    out.diagnostics = std::move(r.diagnostics);
    return out;
}

}  // namespace

articles_result read_input(const std::string& name, std::string bytes, input_kind kind) {
    switch (kind) {
    case input_kind::jsonl: return read_jsonl(name, bytes);
    case input_kind::feed: return read_feed(name, bytes);
    case input_kind::html: return one(read_html_article(name, bytes));
    case input_kind::text: break;
    }
    return one(read_article(name, std::move(bytes)));
}

}  // namespace dateline::cli
