// Opens what dateline writes in Debian's headless Chromium and checks it as a reader's browser
// would: the HTML page and the fragment (inside a plain host page) at 375 px and at 1280 px, in
// the light and the dark colour scheme and for print, with axe-core; and the TimelineJS data
// loaded by TimelineJS itself.
//   node check_pages.mjs DATELINE SOURCE_DIR
// Prints one line per check and exits 1 when any failed. Nothing is written to the repository.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import puppeteer from 'puppeteer-core';

const [dateline, sourceDir] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const work = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
const failures = [];
let checks = 0;

// Never hang: the whole run has two minutes.
setTimeout(() => {
  console.error('browser checks: timed out after 120 s');
  process.exit(1);
}, 120_000).unref();

function check(condition, what, detail = '') {
  checks += 1;
  if (!condition) failures.push(detail ? `${what}: ${detail}` : what);
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}${!condition && detail ? `\n     ${detail}` : ''}`);
}

// The chronology of the seeds plus articles that test layout and escaping, in every format.
function build(format, file, extra = []) {
  const articles = [join(sourceDir, 'fixtures/seeds'), join(here, 'long_words.md'), join(here, 'many_reports'),
    join(sourceDir, 'tests/site/template_tags.md')];
  execFileSync(dateline, ['build', ...articles, '-f', format, '--title', 'Strikes on Kyiv', '-o', join(work, file), ...extra]);
  return readFileSync(join(work, file), 'utf8');
}

const hostPage = (body, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>A site that embeds a chronology</title>
${head}</head>
<body>
<main>
${body}</main>
</body>
</html>
`;

// Relative luminance and contrast ratio (WCAG 2) of CSS rgb()/rgba() colours.
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Text colour and the colour behind the text of the first element matching each selector.
async function colours(page, selectors) {
  return page.evaluate((list) => list.map((selector) => {
    const element = document.querySelector(selector);
    if (!element) return { selector, missing: true };
    let background = 'rgba(0, 0, 0, 0)';
    for (let e = element; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') { background = bg; break; }
    }
    return { selector, color: getComputedStyle(element).color, background };
  }), selectors);
}

async function axeViolations(page) {
  await page.addScriptTag({ path: join(modules, 'axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
}

async function open(browser, url, width) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.setViewport({ width, height: 800 });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return { page, errors };
}

async function checkChronology(browser, name, url, { printStyles }) {
  for (const width of [375, 1280]) {
    const { page, errors } = await open(browser, url, width);
    check(errors.length === 0, `${name} at ${width} px: no console error, page error or failed request`, errors.join('; '));
    const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    check(scroll[0] <= scroll[1], `${name} at ${width} px: no horizontal scrolling`, `scrollWidth ${scroll[0]} > ${scroll[1]}`);
    const dates = await page.$$eval('.dateline-date', (h) => h.length);
    check(dates > 12, `${name}: shows the chronology's dates`, `${dates} date headings`);
    const navigation = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('.dateline-date')].map((h) => h.id);
      const links = [...document.querySelectorAll('.dateline-index a')].map((a) => a.getAttribute('href'));
      return {
        ids, links,
        linksReachHeadings: links.every((l) => document.getElementById(l.slice(1))?.classList.contains('dateline-date')),
        folded: [...document.querySelectorAll('details.dateline-more')].map((d) => {
          const reports = [...d.querySelectorAll('.dateline-report')];
          return { open: d.open, summary: d.querySelector('summary').textContent, reports: reports.length,
            hidden: reports.filter((r) => !r.checkVisibility()).length,
            shownBefore: d.parentElement.querySelectorAll(':scope > .dateline-reports > .dateline-report').length };
        }),
      };
    });
    check(navigation.ids.every((id) => id.startsWith('date-')) && new Set(navigation.ids).size === navigation.ids.length,
      `${name}: every date heading has its own id`, navigation.ids.join(' '));
    check(navigation.links.length > 1 && navigation.linksReachHeadings, `${name}: the index links to date headings`, navigation.links.join(' '));
    // The five reports of the many_reports articles, and any other event with more than three.
    check(navigation.folded.some((f) => f.reports === 3) && navigation.folded.every((f) => !f.open && f.shownBefore === 2 &&
      f.summary === `${f.reports} more reports of this event` && f.hidden === f.reports),
      `${name}: many reports of one event are folded after the first two`, JSON.stringify(navigation.folded));

    if (width !== 375) { await page.close(); continue; }
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const found = await colours(page, ['body', '.dateline-title', '.dateline-date', '.dateline-text', '.dateline-credit',
        '.dateline-phrase', 'a.dateline-source']);
      for (const c of found) {
        if (c.missing) { check(false, `${name} (${scheme}): ${c.selector} present`); continue; }
        const ratio = contrast(c.color, c.background);
        check(ratio >= 4.5, `${name} (${scheme}): ${c.selector} contrast ≥ 4.5`, `${c.color} on ${c.background}: ${ratio.toFixed(2)}`);
      }
      const body = found[0];
      if (!body.missing) {
        const darkText = luminance(body.color) < luminance(body.background);
        check(darkText === (scheme === 'light'), `${name} (${scheme}): ${scheme === 'light' ? 'dark text on a light' : 'light text on a dark'} background`,
          `${body.color} on ${body.background}`);
      }
      const violations = await axeViolations(page);
      check(violations.length === 0, `${name} (${scheme}): axe-core finds no violation`, violations.join('; '));
    }

    if (printStyles) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.emulateMediaType('print');
      const print = await page.evaluate(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        const link = document.querySelector('a.dateline-source');
        return {
          color: style('body').color,
          background: style('body').backgroundColor,
          breakInside: style('.dateline-event').breakInside,
          linkAfter: link ? getComputedStyle(link, '::after').content : '',
          href: link ? link.getAttribute('href') : '',
          hasPrintRule: [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.media && r.media.mediaText === 'print')),
        };
      });
      check(print.hasPrintRule, `${name}: has a print stylesheet`);
      check(print.color === 'rgb(0, 0, 0)' && print.background === 'rgb(255, 255, 255)',
        `${name} (print, dark scheme asked): black text on white`, `${print.color} on ${print.background}`);
      check(print.breakInside === 'avoid', `${name} (print): an event is not split across pages`, print.breakInside);
      check(print.linkAfter === `" (${print.href})"`, `${name} (print): a source link shows its URL`, print.linkAfter);
      const printed = await page.evaluate(() => ({
        index: document.querySelector('.dateline-index').checkVisibility(),
        folded: [...document.querySelectorAll('.dateline-more .dateline-report')].map((r) => r.checkVisibility()),
      }));
      check(!printed.index && printed.folded.length > 0 && printed.folded.every((v) => v),
        `${name} (print): no index, folded reports printed`, JSON.stringify(printed));
      const pdf = await page.pdf({ format: 'A4' });
      check(pdf.length > 1000, `${name}: prints to PDF`, `${pdf.length} bytes`);
    }
    await page.close();
  }
}

async function checkTimelineJS(browser, data) {
  const dist = pathToFileURL(join(modules, '@knight-lab/timelinejs/dist')).href;
  const html = hostPage(`<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
window.timelineLoaded = new Promise((resolve) => {
  window.timeline = new TL.Timeline('timeline-embed', ${data.trim()});
  window.timeline.on('loaded', resolve);
});
</script>
`, `<link rel="stylesheet" href="${dist}/css/timeline.css">
<script src="${dist}/js/timeline.js"></script>
`);
  writeFileSync(join(work, 'timeline.html'), html);
  const { page, errors } = await open(browser, pathToFileURL(join(work, 'timeline.html')).href, 1280);
  await page.evaluate(() => Promise.race([window.timelineLoaded, new Promise((_, reject) => setTimeout(() => reject(new Error('no loaded event')), 20_000))]));
  const parsed = JSON.parse(data);
  const shown = await page.evaluate(() => ({
    slides: window.timeline._storyslider._slides.length,
    markers: document.querySelectorAll('.tl-timemarker').length,
    title: document.querySelector('.tl-slide-titleslide .tl-headline')?.textContent,
    messages: [...document.querySelectorAll('.tl-message-full')].map((m) => m.textContent).filter((t) => t.trim()),
  }));
  check(shown.messages.length === 0, 'TimelineJS shows no error message', shown.messages.join('; '));
  check(shown.slides === parsed.events.length + 1, 'TimelineJS: one slide per event and the title slide', `${shown.slides} slides, ${parsed.events.length} events`);
  check(shown.markers === parsed.events.length, 'TimelineJS: one marker per event on the time navigation', `${shown.markers} markers`);
  check(shown.title === 'Strikes on Kyiv', 'TimelineJS: the title slide has the title', shown.title);
  // A night: TimelineJS goes to its slide by unique_id and shows dateline's display date.
  const night = parsed.events.find((e) => e.end_date && e.start_date.hour === 18);
  const slide = await page.evaluate((id) => {
    window.timeline.goToId(id);
    const s = document.getElementById(id);
    return s ? { date: s.querySelector('.tl-headline-date')?.textContent, text: s.querySelector('.tl-text-content')?.textContent } : null;
  }, night.unique_id);
  check(slide !== null && slide.date === night.display_date, `TimelineJS: slide ${night.unique_id} shows "${night.display_date}"`, JSON.stringify(slide));
  check(slide !== null && slide.text.includes('reported Wed 19 Mar 2025'), 'TimelineJS: the slide text carries the reports and their dates', slide?.text);
  // Article text comes out as the reader should see it, template tags and all, never as markup.
  const tagged = parsed.events.find((e) => e.text.text.includes('They met in'));
  const taggedText = await page.evaluate((id) => document.getElementById(id)?.querySelector('.tl-text-content .dateline-text')?.textContent, tagged.unique_id);
  check(taggedText === 'They met in {{ site.title }} on Wednesday, {% if true %}said{% endif %} the {# wire #}.',
    'TimelineJS: article text shows as written', taggedText);
  check(!errors.some((e) => e.startsWith('page error')), 'TimelineJS: no script error', errors.join('; '));
  await page.close();
}

let browser;
try {
  const page = build('html', 'page.html');
  const fragment = build('html', 'fragment.html', ['--fragment']);
  const timeline = build('timelinejs', 'timeline.json');
  writeFileSync(join(work, 'host.html'), hostPage(`<h1>Reports from Kyiv</h1>\n${fragment}`,
    '<style>body { margin: 0 auto; max-width: 40rem; padding: 0 1rem; font-family: sans-serif; background: Canvas; color: CanvasText; }</style>\n'));
  check(page.length > 0 && fragment.length > 0 && timeline.length > 0, 'dateline wrote the page, the fragment and the TimelineJS data');

  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: join(work, 'profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    timeout: 30_000,
    protocolTimeout: 60_000,
  });
  await checkChronology(browser, 'page', pathToFileURL(join(work, 'page.html')).href, { printStyles: true });
  await checkChronology(browser, 'fragment in a plain host page', pathToFileURL(join(work, 'host.html')).href, { printStyles: false });
  await checkTimelineJS(browser, timeline);
} catch (e) {
  failures.push(`error: ${e.stack || e}`);
  console.log(`FAIL ${e.stack || e}`);
} finally {
  if (browser) await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`${checks - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.log(failures.map((f) => `  ${f}`).join('\n'));
  process.exit(1);
}
