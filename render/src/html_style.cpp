#include "html_style.hpp"

namespace dateline::render_detail {

std::string_view page_stylesheet() {
    return R"css(:root {
  color-scheme: light dark;
  --dl-fg: #1c1c1c; --dl-bg: #fcfcfa; --dl-muted: #5c5c5c; --dl-rule: #d9d9d4;
  --dl-mark: #fff0b3; --dl-unresolved: #ffd6cc; --dl-link: #0a58ca;
}
@media (prefers-color-scheme: dark) {
  :root {
    --dl-fg: #e8e8e3; --dl-bg: #171717; --dl-muted: #a6a6a0; --dl-rule: #3b3b38;
    --dl-mark: #5c4b00; --dl-unresolved: #6b2a1d; --dl-link: #8ab4f8;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--dl-bg); color: var(--dl-fg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  -webkit-text-size-adjust: 100%; text-size-adjust: 100%;
}
main { max-width: 46rem; margin: 0 auto; padding: 1rem clamp(1rem, 4vw, 2.5rem) 3rem; }
a { color: var(--dl-link); }
.dateline-title { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 1.5rem; }
.dateline-date, .dateline-undated-heading {
  font-size: 1.1rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--dl-rule);
}
.dateline-events, .dateline-reports, .dateline-undated { list-style: none; margin: 0; padding: 0; }
.dateline-event, .dateline-undated > .dateline-report { margin: .9rem 0; }
.dateline-merged { border-left: 3px solid var(--dl-rule); padding-left: .75rem; }
.dateline-report + .dateline-report { margin-top: .6rem; }
.dateline-text { margin: 0; overflow-wrap: break-word; }
.dateline-credit { margin: .15rem 0 0; color: var(--dl-muted); font-size: .9rem; overflow-wrap: anywhere; }
.dateline-phrase { background: var(--dl-mark); color: inherit; padding: 0 .15em; border-radius: 3px; }
.dateline-phrase.dateline-unresolved { background: var(--dl-unresolved); }
.dateline-file { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
.dateline-explain { margin: .3rem 0 0; padding-left: 1.2rem; color: var(--dl-muted); font-size: .85rem; }
.dateline-explain code { font-size: .95em; overflow-wrap: anywhere; }
.dateline-undated-documents { padding-left: 1.2rem; }
.dateline-index ul { list-style: none; margin: 0 0 1rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.dateline-index a { display: inline-block; padding: .3rem 0; }
.dateline-more { margin-top: .6rem; }
.dateline-more > summary { cursor: pointer; color: var(--dl-muted); font-size: .9rem; padding: .2rem 0; }
.dateline-more > .dateline-reports { margin-top: .6rem; }
@media print {
  :root {
    color-scheme: light;
    --dl-fg: #000; --dl-bg: #fff; --dl-muted: #333; --dl-rule: #999;
    --dl-mark: transparent; --dl-unresolved: transparent; --dl-link: #000;
  }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .dateline-phrase { font-weight: 600; padding: 0; }
  .dateline-date, .dateline-undated-heading { break-after: avoid; }
  .dateline-event, .dateline-undated > .dateline-report { break-inside: avoid; }
  a { text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  .dateline-index, .dateline-more > summary { display: none; }
  .dateline-more::details-content { content-visibility: visible; }
}
)css";
}

}  // namespace dateline::render_detail
