#include "html_pieces.hpp"

#include <fmt/format.h>

#include "dateline/render/date_display.hpp"
#include "escape_markup.hpp"
#include "web_url.hpp"

namespace dateline::render_detail {

std::string time_element(std::string_view datetime, std::string_view timex_value, std::string_view shown) {
    std::string out = "<time datetime=\"" + escape_html(datetime) + "\"";
    if (!timex_value.empty() && timex_value != datetime) out += " data-timex=\"" + escape_html(timex_value) + "\"";
    return out + ">" + escape_html(shown) + "</time>";
}

std::string sentence_html(const std::vector<text_piece>& pieces, std::string_view mark_class) {
    std::string out;
    for (const auto& piece : pieces) {
        if (piece.marked) out += fmt::format("<mark class=\"{}\">{}</mark>", mark_class, escape_html(piece.text));
        else out += escape_html(piece.text);
    }
    return out;
}

std::string source_html(const document& d) {
    if (!is_web_url(d.url)) return "<span class=\"dateline-source\">" + escape_html(d.source) + "</span>";
    return "<a class=\"dateline-source\" href=\"" + escape_html(d.url) + "\">" + escape_html(d.source) + "</a>";
}

std::string file_html(const document& d) {
    const std::string file = "<span class=\"dateline-file\">" + escape_html(d.path) + "</span>";
    if (!d.source.empty() || !is_web_url(d.url)) return file;
    return "<a href=\"" + escape_html(d.url) + "\">" + file + "</a>";
}

std::string credit_html(const document* d) {
    if (d == nullptr) return "reported by an unknown document";
    std::string out = "reported";
    if (d->published)
        out += fmt::format(" {}", time_element(html_datetime(*d->published), {}, display_publication(*d->published)));
    if (!d->source.empty()) out += " by " + source_html(*d);
    out += " (" + file_html(*d);
    if (!d->url.empty() && !is_web_url(d->url)) out += ", <span class=\"dateline-url\">" + escape_html(d->url) + "</span>";
    out += ")";
    if (!d->published) out += ", no publication date";
    return out;
}

std::string index_html(const std::vector<index_entry>& entries) {
    if (entries.empty()) return {};
    std::string out = "<nav class=\"dateline-index\" aria-label=\"Dates\">\n<ul>\n";
    for (const auto& e : entries)
        out += "<li><a href=\"#" + escape_html(e.target) + "\">" + escape_html(e.label) + "</a></li>\n";
    return out + "</ul>\n</nav>\n";
}

}  // namespace dateline::render_detail
