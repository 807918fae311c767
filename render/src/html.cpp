#include "dateline/render/html.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "chunks.hpp"
#include "comparison_html.hpp"
#include "dateline/render/date_display.hpp"
#include "dateline/render/explain.hpp"
#include "escape_markup.hpp"
#include "date_index.hpp"
#include "html_pieces.hpp"
#include "json_ld.hpp"
#include "html_style.hpp"
#include "lookup.hpp"
#include "phrases.hpp"

namespace dateline {
namespace {

using render_detail::credit_html;
using render_detail::escape_html;
using render_detail::file_html;
using render_detail::sentence_html;
using render_detail::source_html;
using render_detail::time_element;

std::string explain_html(const timex& t) {
    std::string out;
    for (const auto& piece : explain_pieces(t))
        out += piece.code ? "<code>" + escape_html(piece.text) + "</code>" : escape_html(piece.text);
    return out;
}

constexpr std::size_t dates_per_chunk = 32;

struct html_writer {
    const chronology& c;
    const render_options& o;
    int level;  // heading level of the title: 1 on a page, 2 in a fragment
    std::string out;
    const byte_sink* sink = nullptr;  // where `out` goes before each run of date sections

    void heading(int offset, std::string_view css_class, const std::string& inner, const std::string& id = {}) {
        const std::string id_attribute = id.empty() ? std::string() : " id=\"" + escape_html(id) + "\"";
        out += fmt::format("<h{0} class=\"{1}\"{2}>{3}</h{0}>\n", level + offset, css_class, id_attribute, inner);
    }

    void explanations(const std::vector<const timex*>& timexes) {
        if (!o.explain || timexes.empty()) return;
        out += "<ul class=\"dateline-explain\">\n";
        for (const timex* t : timexes) out += "<li>" + explain_html(*t) + "</li>\n";
        out += "</ul>\n";
    }

    void report(const event& e) {
        out += "<li class=\"dateline-report\">\n";
        out += "<p class=\"dateline-text\">" + sentence_html(render_detail::mark_dating_phrase(e), "dateline-phrase") +
               "</p>\n";
        out += "<p class=\"dateline-credit\">" + credit_html(render_detail::document_of(c, e)) + "</p>\n";
        if (const timex* t = render_detail::dating_timex(e)) explanations({t});
        out += "</li>\n";
    }

    // Many reports of one event: the first ones shown, the rest folded in a <details>.
    static constexpr std::size_t fold_above = 3;
    static constexpr std::size_t shown_when_folded = 2;

    void group(const event_group& g) {
        out += g.reports.size() > 1 ? "<li class=\"dateline-event dateline-merged\">\n" : "<li class=\"dateline-event\">\n";
        const std::size_t shown = g.reports.size() > fold_above ? shown_when_folded : g.reports.size();
        out += "<ul class=\"dateline-reports\">\n";
        for (std::size_t i = 0; i < shown; ++i) report(g.reports[i]);
        out += "</ul>\n";
        if (shown < g.reports.size()) {
            out += fmt::format("<details class=\"dateline-more\">\n<summary>{} more reports of this event</summary>\n"
                               "<ul class=\"dateline-reports\">\n",
                               g.reports.size() - shown);
            for (std::size_t i = shown; i < g.reports.size(); ++i) report(g.reports[i]);
            out += "</ul>\n</details>\n";
        }
        out += render_detail::reporting_html(c, g) + render_detail::disagreement_html(c, g) + "</li>\n";
    }

    void undated_event(const event& e) {
        out += "<li class=\"dateline-report\">\n";
        out += "<p class=\"dateline-text\">" +
               sentence_html(render_detail::mark_unresolved_phrases(e), "dateline-phrase dateline-unresolved") +
               "</p>\n";
        std::string credit = credit_html(render_detail::document_of(c, e));
        std::vector<const timex*> unresolved;
        for (const auto& t : e.timexes) {
            if (t.r.resolved()) continue;
            credit += std::string(unresolved.empty() ? "; unresolved: " : ", ") + "“" + escape_html(t.text) + "”";
            unresolved.push_back(&t);
        }
        out += "<p class=\"dateline-credit\">" + credit + "</p>\n";
        explanations(unresolved);
        out += "</li>\n";
    }

    void undated() {
        const auto documents = render_detail::undated_documents(c);
        if (c.undated.empty() && documents.empty()) return;
        heading(1, "dateline-undated-heading", "Undated");
        if (!c.undated.empty()) {
            out += "<ul class=\"dateline-undated\">\n";
            for (const auto& e : c.undated) undated_event(e);
            out += "</ul>\n";
        }
        if (documents.empty()) return;
        out += "<p class=\"dateline-undated-note\">Documents without a publication date:</p>\n";
        out += "<ul class=\"dateline-undated-documents\">\n";
        for (const document* d : documents) {
            out += "<li>" + file_html(*d);
            if (!d->source.empty()) out += " by " + source_html(*d);
            if (!d->title.empty()) out += ": “" + escape_html(d->title) + "”";
            out += "</li>\n";
        }
        out += "</ul>\n";
    }

    // --explain: every document and where its publication date came from.
    void publication_dates() {
        if (!o.explain || c.documents.empty()) return;
        heading(1, "dateline-publication-heading", "Publication dates");
        out += "<ul class=\"dateline-publication-dates\">\n";
        for (const document& d : c.documents) {
            out += "<li>";
            for (const auto& piece : publication_pieces(d))
                out += piece.code ? "<code>" + escape_html(piece.text) + "</code>" : escape_html(piece.text);
            out += "</li>\n";
        }
        out += "</ul>\n";
    }

    // The date headings and their groups: the story, or (one level deeper) the background.
    // Each date's section is written apart, a chunk of dates on each of o.threads threads; `out`
    // and then each chunk go to the sink as they are done.
    void dated(std::vector<render_detail::date_heading> headings, bool background) {
        std::erase_if(headings, [&](const render_detail::date_heading& h) { return c.dated[h.first].background != background; });
        (*sink)(out);
        out.clear();
        render_detail::write_in_chunks(
            headings.size(), dates_per_chunk, o.threads,
            [&](std::string& chunk, std::size_t begin, std::size_t end) {
                html_writer w{c, o, level, std::move(chunk)};
                for (std::size_t k = begin; k < end; ++k) w.date_section(headings[k]);
                chunk = std::move(w.out);
            },
            *sink);
    }

    void date_section(const render_detail::date_heading& h) {
        const event_group& head = c.dated[h.first];
        heading(head.background ? 2 : 1, "dateline-date",
                time_element(html_datetime(head.when, head.grain), head.value,
                             display_when(head.when, head.grain, head.value)),
                h.id);
        out += "<ol class=\"dateline-events\">\n";
        for (std::size_t i = h.first; i < h.last; ++i) group(c.dated[i]);
        out += "</ol>\n";
    }

    void section() {
        // Long words, URLs and paths wrap even in a host page without a stylesheet (375 px screens).
        out += "<section class=\"dateline-chronology\" style=\"overflow-wrap: anywhere\">\n";
        heading(0, "dateline-title", escape_html(shown_title(o)));
        if (c.dated.empty() && c.undated.empty()) out += "<p class=\"dateline-empty\">No dated events.</p>\n";
        const auto headings = render_detail::date_headings(c.dated);
        std::vector<render_detail::date_heading> story;  // the index leads to the story, not the background
        std::copy_if(headings.begin(), headings.end(), std::back_inserter(story),
                     [&](const render_detail::date_heading& h) { return !c.dated[h.first].background; });
        out += render_detail::index_html(render_detail::date_index(c.dated, story));
        dated(headings, false);
        if (std::any_of(c.dated.begin(), c.dated.end(), [](const event_group& g) { return g.background; })) {
            heading(1, "dateline-background-heading", "Background");
            dated(headings, true);
        }
        undated();
        out += render_detail::sources_html(c, level + 1);
        publication_dates();
        (*sink)(out);
        out.clear();
        render_detail::write_json_ld_script(c, o, *sink);
        out += "</section>\n";
    }
};

}  // namespace

void write_html(const chronology& c, const render_options& o, const byte_sink& sink) {
    html_writer w{c, o, o.fragment ? 2 : 1, {}, &sink};
    if (o.fragment) {
        w.section();
        sink(w.out);
        return;
    }
    w.out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    w.out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    w.out += "<title>" + escape_html(shown_title(o)) + "</title>\n";
    w.out += "<style>\n" + std::string(render_detail::page_stylesheet()) + "</style>\n</head>\n<body>\n<main>\n";
    w.section();
    w.out += "</main>\n</body>\n</html>\n";
    sink(w.out);
}

std::string render_html(const chronology& c, const render_options& o) {
    std::string out;
    write_html(c, o, append_to(out));
    return out;
}

}  // namespace dateline
