#include "dateline/render/markdown.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "chunks.hpp"
#include "comparison_markdown.hpp"
#include "dateline/render/date_display.hpp"
#include "dateline/render/explain.hpp"
#include "escape_markdown.hpp"
#include "lookup.hpp"
#include "phrases.hpp"
#include "web_url.hpp"

namespace dateline {
namespace {

using render_detail::escape_markdown;

constexpr std::size_t dates_per_chunk = 32;

std::string sentence_markdown(const std::vector<render_detail::text_piece>& pieces) {
    std::string out;
    for (const auto& piece : pieces) {
        if (piece.marked) out += "**" + escape_markdown(piece.text) + "**";
        else out += escape_markdown(piece.text);
    }
    return out;
}

std::string explain_markdown(const timex& t) {
    std::string out;
    for (const auto& piece : explain_pieces(t))
        out += piece.code ? render_detail::markdown_code(piece.text) : escape_markdown(piece.text);
    return out;
}

std::string link_or_text(std::string_view label, std::string_view url) {
    if (!render_detail::is_web_url(url)) return escape_markdown(label);
    return fmt::format("[{}]({})", escape_markdown(label), render_detail::markdown_link_destination(url));
}

// "reported Thu 24 Apr 2025 by [Source](url) (a.txt)", "reported by Source (c.txt), no publication date".
std::string credit_markdown(const document* d) {
    if (d == nullptr) return "reported by an unknown document";
    std::string out = "reported";
    if (d->published) out += fmt::format(" {}", escape_markdown(display_publication(*d->published)));
    if (!d->source.empty()) out += " by " + link_or_text(d->source, d->url);
    out += " (" + (d->source.empty() ? link_or_text(d->path, d->url) : escape_markdown(d->path));
    if (!d->url.empty() && !render_detail::is_web_url(d->url)) out += ", " + escape_markdown(d->url);
    out += ")";
    if (!d->published) out += ", no publication date";
    return out;
}

// One report as a list item at `indent`, with its explanations one level deeper.
void report_markdown(std::string& out, const chronology& c, const event& e, const render_options& o,
                     const std::string& indent) {
    out += indent + "- " + sentence_markdown(render_detail::mark_dating_phrase(e)) + " — " +
           credit_markdown(render_detail::document_of(c, e)) + "\n";
    if (!o.explain) return;
    if (const timex* t = render_detail::dating_timex(e)) out += indent + "  - " + explain_markdown(*t) + "\n";
}

void group_markdown(std::string& out, const chronology& c, const event_group& g, const render_options& o) {
    if (g.reports.size() == 1) {
        report_markdown(out, c, g.reports.front(), o, "");
    } else {
        out += "- " + std::to_string(g.reports.size()) + " reports of one event:\n";
        for (const auto& e : g.reports) report_markdown(out, c, e, o, "  ");
    }
    for (const auto& note : {render_detail::reporting_markdown(c, g), render_detail::disagreement_markdown(c, g)})
        if (!note.empty()) out += "  - " + note + "\n";
}

// The date headings and their groups: the story (background false) or the background.
// Each date's section is written apart, a chunk of dates on each of o.threads threads; `out` and
// then each chunk go to `sink` as they are done.
void dated_markdown(std::string& out, const byte_sink& sink, const chronology& c, const render_options& o,
                    bool background) {
    std::vector<std::pair<std::size_t, std::size_t>> runs = render_detail::date_runs(c.dated);
    std::erase_if(runs, [&](const auto& run) { return c.dated[run.first].background != background; });
    sink(out);
    out.clear();
    render_detail::write_in_chunks(
        runs.size(), dates_per_chunk, o.threads,
        [&](std::string& chunk, std::size_t begin, std::size_t end) {
            for (std::size_t r = begin; r < end; ++r) {
                const auto [first, last] = runs[r];
                const event_group& head = c.dated[first];
                chunk += background ? "\n### " : "\n## ";
                chunk += escape_markdown(display_when(head.when, head.grain, head.value));
                chunk += "\n\n";
                for (std::size_t i = first; i < last; ++i) group_markdown(chunk, c, c.dated[i], o);
            }
        },
        sink);
}

void undated_event_markdown(std::string& out, const chronology& c, const event& e, const render_options& o) {
    out += "- " + sentence_markdown(render_detail::mark_unresolved_phrases(e)) + " — " +
           credit_markdown(render_detail::document_of(c, e));
    std::string phrases;
    for (const auto& t : e.timexes) {
        if (t.r.resolved()) continue;
        phrases += (phrases.empty() ? "" : ", ") + std::string("“") + escape_markdown(t.text) + "”";
    }
    if (!phrases.empty()) out += "; unresolved: " + phrases;
    out += "\n";
    if (!o.explain) return;
    for (const auto& t : e.timexes)
        if (!t.r.resolved()) out += "  - " + explain_markdown(t) + "\n";
}

void undated_markdown(std::string& out, const chronology& c, const render_options& o) {
    const auto documents = render_detail::undated_documents(c);
    if (c.undated.empty() && documents.empty()) return;
    out += "\n## Undated\n";
    if (!c.undated.empty()) {
        out += "\n";
        for (const auto& e : c.undated) undated_event_markdown(out, c, e, o);
    }
    if (documents.empty()) return;
    out += "\nDocuments without a publication date:\n\n";
    for (const document* d : documents) {
        out += "- " + escape_markdown(d->path);
        if (!d->source.empty()) out += " by " + escape_markdown(d->source);
        if (!d->title.empty()) out += ": “" + escape_markdown(d->title) + "”";
        out += "\n";
    }
}

// --explain: every document and where its publication date came from.
void publication_markdown(std::string& out, const chronology& c, const render_options& o) {
    if (!o.explain || c.documents.empty()) return;
    out += "\n## Publication dates\n\n";
    for (const document& d : c.documents) {
        out += "- ";
        for (const auto& piece : publication_pieces(d))
            out += piece.code ? render_detail::markdown_code(piece.text) : escape_markdown(piece.text);
        out += "\n";
    }
}

}  // namespace

void write_markdown(const chronology& c, const render_options& o, const byte_sink& sink) {
    std::string out = "# " + escape_markdown(shown_title(o)) + "\n";
    if (c.dated.empty() && c.undated.empty()) out += "\nNo dated events.\n";
    dated_markdown(out, sink, c, o, false);
    if (std::any_of(c.dated.begin(), c.dated.end(), [](const event_group& g) { return g.background; })) {
        out += "\n## Background\n";
        dated_markdown(out, sink, c, o, true);
    }
    undated_markdown(out, c, o);
    out += render_detail::sources_markdown(c);
    publication_markdown(out, c, o);
    sink(out);
}

std::string render_markdown(const chronology& c, const render_options& o) {
    std::string out;
    write_markdown(c, o, append_to(out));
    return out;
}

}  // namespace dateline
