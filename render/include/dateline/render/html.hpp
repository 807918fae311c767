// The chronology as HTML: a complete HTML5 page with its own CSS, or (render_options::fragment)
// only a <section class="dateline-chronology"> to embed in a static site. Input text never
// becomes markup: every title, sentence, source, path and URL is escaped, and a URL becomes a
// link only when its scheme is http or https.
//
// Class names, all prefixed "dateline-" so that a site's stylesheet can target them safely:
//   dateline-chronology        <section>  the whole chronology (style="overflow-wrap: anywhere", so that it
//                                         fits a phone's width in a page without a stylesheet)
//   dateline-title             <h1>/<h2>  its title (h1 on a page, h2 in a fragment)
//   dateline-date              <h2>/<h3>  one per distinct date, holding a <time datetime>
//   dateline-events            <ol>       the event groups under one date
//   dateline-event             <li>       one event group; also dateline-merged when it has several reports
//   dateline-reports           <ul>       the reports of one event group
//   dateline-report            <li>       one report (a sentence of one document)
//   dateline-text              <p>        the sentence
//   dateline-phrase            <mark>     the phrase that dates it; also dateline-unresolved when unresolved
//   dateline-credit            <p>        "reported <time>…</time> by <a>source</a> (<span>file</span>)"
//   dateline-source            <a>/<span> the source (a link when the document has an http(s) URL)
//   dateline-file              <span>     the document's path (inside an <a> when there is a URL but no source)
//   dateline-url               <span>     a URL shown as text because it is not http(s)
//   dateline-explain           <ul>       with explain on: how each date was resolved, one <li> each
//   dateline-reporting         <p>        "first reported by A (<time>); 1 day later by B, …"
//   dateline-disagree          <p>        "sources disagree: other reports date it …"
//   dateline-background-heading <h2>/<h3> "Background": coarse dates and dates long before the corpus,
//                                         each under a dateline-date heading one level deeper
//   dateline-sources-heading   <h2>/<h3>  "Sources", when the documents come from several sources
//   dateline-sources           <table>    per source: documents, events, events first reported, median lag
//   dateline-undated-heading   <h2>/<h3>  "Undated"
//   dateline-undated           <ul>       reports that could not be dated (dateline-report items)
//   dateline-undated-note      <p>        "Documents without a publication date:"
//   dateline-undated-documents <ul>       those documents, one <li> each
//   dateline-empty             <p>        shown when there are no events at all
// <time> elements carry a valid HTML datetime; when the TIMEX3 value says more than HTML can
// ("2025-04-23TNI", "2025-W17-WE") the datetime is the interval's first day and the TIMEX3 value
// is in data-timex.
#pragma once

#include <string>

#include "dateline/render/byte_sink.hpp"
#include "dateline/render/options.hpp"
#include "dateline/timeline/event.hpp"

namespace dateline {

// Handed to `sink` piece by piece while it is written (render_options::threads at work).
void write_html(const chronology& c, const render_options& o, const byte_sink& sink);
std::string render_html(const chronology& c, const render_options& o);

}  // namespace dateline
