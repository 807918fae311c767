#!/usr/bin/env bash
# Builds examples/GENERATOR (hugo or jekyll) with the real generator, on a copy in a temporary
# folder, with a chronology freshly written by the dateline binary from fixtures/seeds and an
# article full of template tags; then checks that the built page carries the chronology: the
# fragment byte for byte, exact dates and sentences, and the template tags as text.
#   build_example.sh GENERATOR DATELINE SOURCE_DIR
# Exit 77 (skipped) only when the generator is not installed.
set -euo pipefail
generator=$1 dateline=$2 source_dir=$3

if ! command -v "$generator" >/dev/null; then
  echo "SKIPPED: $generator is not installed (scripts/install-deps.sh --test installs it)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_dir/examples/$generator" "$work/site"

case $generator in
  hugo) fragment=chronology/kyiv.html ;;
  jekyll) fragment=_includes/chronology.html ;;
  *) echo "unknown generator $generator" >&2; exit 2 ;;
esac

# A fresh clone has no _includes/ (git keeps no empty folder, and the chronology in it is ignored).
mkdir -p "$(dirname "$work/site/$fragment")"
"$dateline" build "$source_dir/fixtures/seeds" "$source_dir/tests/site/template_tags.md" \
  -f html --fragment --title "Strikes on Kyiv" -o "$work/site/$fragment"

case $generator in
  hugo) hugo --source "$work/site" --destination "$work/public" --quiet ;;
  # No Gemfile: the system's Jekyll and its gems, nothing fetched.
  jekyll) jekyll build --source "$work/site" --destination "$work/public" --quiet --disable-disk-cache ;;
esac

python3 - "$work/site/$fragment" "$work/public/index.html" <<'PY'
import sys

fragment = open(sys.argv[1], encoding="utf-8").read()
page = open(sys.argv[2], encoding="utf-8").read()
failures = []

def expect(condition, what):
    if not condition:
        failures.append(what)

expect("<title>Strikes on Kyiv, 2025</title>" in page, "the site's own layout around the page")
expect(fragment in page, "the chronology fragment, byte for byte")
section = page[page.find('<section class="dateline-chronology"'):page.find("</section>") + len("</section>")]
for text in [
    '<h2 class="dateline-title">Strikes on Kyiv</h2>',
    '<h3 class="dateline-date" id="date-2025-03-18"><time datetime="2025-03-18">Tue 18 Mar 2025</time></h3>',
    '<nav class="dateline-index" aria-label="Dates">',
    '<time datetime="2025-03-18" data-timex="2025-03-18TNI">night of 18→19 Mar 2025</time></h3>',
    'During Trump’s discussion with Putin on <mark class="dateline-phrase">Tuesday</mark>, the Russian leader'
    ' agreed not to target energy infrastructure but stopped short of committing to a full 30-day ceasefire.',
    'reported <time datetime="2025-03-19">Wed 19 Mar 2025</time>',
    # Template tags in an article stay text: the generator evaluated none of them.
    'They met in &#123;&#123; site.title &#125;&#125; on <mark class="dateline-phrase">Wednesday</mark>,'
    ' &#123;% if true %&#125;said&#123;% endif %&#125; the &#123;# wire #&#125;.',
    '<script type="application/ld+json">',
]:
    expect(text in section, "in the chronology: " + text)
expect("Chronologies" not in section, "no template variable evaluated in the chronology")

if failures:
    print("built page " + sys.argv[2] + " lacks:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("ok: the built page carries the chronology (%d bytes)" % len(fragment))
PY
