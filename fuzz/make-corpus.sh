#!/usr/bin/env bash
# Writes the seed corpora under fuzz/corpus/<target>/ from fixtures/ and a few hand-made inputs.
# Run from anywhere after building dateline (for the TimeML seeds):
#   fuzz/make-corpus.sh [path/to/dateline]
# The result is committed; rerun it when the fixtures change. A fuzzer's finding, once fixed,
# goes in as fuzz/corpus/<target>/regression-<what> so that CI runs it every time.
set -euo pipefail
cd "$(dirname "$0")/.."
dateline=${1:-build/debug/cli/dateline}
seeds=fixtures/seeds
corpus=fuzz/corpus
# Inputs named regression-* are findings of past fuzzing, fixed since: they are kept.
mkdir -p "$corpus"/{recognize_resolve,read_article,read_manifest,publication_time,read_timeml,read_seed_gold,build,read_html_article,metadata_date,read_jsonl,read_feed,read_shard}_fuzzer
find "$corpus" -type f ! -name 'regression-*' -delete

# The dictionary for -dict: every word of the grammar's tables, and the shapes of the inputs.
{
  echo "# Made by fuzz/make-corpus.sh: the words of parser/src/symbols.hpp, grammar_def.hpp and"
  echo "# trigger_words.cpp, and shapes of dates, front matter, TimeML, gold JSON and hostile bytes."
  grep -oh '"[a-z][a-z .'"'"'-]*"' parser/src/symbols.hpp parser/src/trigger_words.cpp parser/src/grammar_def.hpp \
    | grep -v '\.hpp"' | sort -u
  cat <<'DICT'
"2025"
"1998"
"-04-"
"/"
"'98"
"1990s"
"T21:10"
"+03:00"
"Z"
"\x0a---\x0a"
"published: "
"title: "
"source: "
"url: "
"https://"
"javascript:"
"<"
"\x09"
"\x1e"
"<TIMEX3 "
"</TIMEX3>"
"<TEXT>"
"</TEXT>"
"type=\"DATE\""
"value=\""
"functionInDocument=\"CREATION_TIME\""
"\"timexes\""
"\"start_byte\""
"\"dct\""
"\xe2\x80\xae"
"\xe2\x81\xa6"
DICT
} > fuzz/temporal.dict

# recognize_resolve: an 8-byte context header (fuzzed_context.hpp), then text.
# 0x800000 is 2025-04-24; flags 0x01 dated, 0x03 dated with a time, +0x04/0x08/0x0C tense, +0x10 narrative.
header() {  # flags
  printf '\x80\x00\x00\x'"$1"'\x03\xfc\xff\xfe'
}
n=0
for f in "$seeds"/*.txt; do
  while IFS= read -r line; do
    [ ${#line} -ge 40 ] || continue
    n=$((n + 1))
    flags=$(printf '%02x' $(( (n % 4) * 4 + 1 + (n % 3 == 0 ? 0x10 : 0) + (n % 5 == 0 ? 2 : 0) )))
    { header "$flags"; printf '%s\n' "$line"; } > "$corpus/recognize_resolve_fuzzer/seed-$n"
  done < "$f"
done
while IFS= read -r line; do
  n=$((n + 1))
  { header 11; printf '%s\n' "$line"; } > "$corpus/recognize_resolve_fuzzer/edge-$n"
done <<'LINES'
In the year 99999999, on February 30, in week 54 of 2025, Q5 and the 13th month.
It happened 10000000000000 days ago, 99999999999999999999 years later, 4294967296 weeks before.
the the the the the the the the the the the the the the the the
1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1/1
early early early early early late late mid-mid- Friday
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Monday Tuesday
a day after, the next morning, that night, two days later, the following week, last night
Thursday, April 24, 2025 at 21:10 EEST; 24/04/2025; 2025-04-24T21:10+03:00; '98; the 1990s; spring 2026
every other day, twice a week, three times a year, the past 48 hours, the next few days
LINES

# read_article, build: whole articles, and front matter in every shape.
cp "$seeds"/*.txt "$corpus/read_article_fuzzer/"
printf -- '---\npublished: 2025-04-24T21:10+03:00\ntitle: Missiles rain down on Kyiv\nsource: Example Wire\nurl: https://example.com/kyiv\n---\nRussia launched heavy airstrikes against Kyiv last night. Trump'"'"'s envoy is expected to meet Putin on Friday.\n' \
  > "$corpus/read_article_fuzzer/front-matter.md"
printf -- '---\npublished: 2025-04-24 08:00 Europe/Kyiv\ntitle: "Quoted: title"\n# comment\nnot a field\n---\r\nBody on Wednesday.\r\n' \
  > "$corpus/read_article_fuzzer/zone-crlf.md"
printf -- '---\ntitle: never closed\nOn Friday.\n' > "$corpus/read_article_fuzzer/unclosed.md"
printf -- '---\npublished: 2025-02-30\n---\nBad date.\n' > "$corpus/read_article_fuzzer/bad-date.md"
printf '\xef\xbb\xbf---\ndate: 2025-04-24\n---\nBOM first. Caf\xc3\xa9 \xff on Friday.\n' > "$corpus/read_article_fuzzer/bom-latin1.md"
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' > "$corpus/read_article_fuzzer/pdf.txt"
printf '<!doctype html><html><body><p>On Friday, April 25, 2025.</p></body></html>\n' > "$corpus/read_article_fuzzer/page.txt"

cp "$seeds/published.tsv" "$corpus/read_manifest_fuzzer/published.tsv"
printf 'file\tpublished\tsource\ttitle\turl\n a.txt \t2025-04-24T21:10Z\tWire\tT\thttps://e.x/a\n\nb.txt\t2025-02-30\n\t2025-04-24\nc.txt\n' \
  > "$corpus/read_manifest_fuzzer/columns.tsv"
printf '\xef\xbb\xbfpublished\tfile\r\n2025-04-24 08:00 Europe/Kyiv\tx.txt\r\n' > "$corpus/read_manifest_fuzzer/bom-crlf.tsv"
printf 'name\tdate\nx.txt\t2025-04-24\n' > "$corpus/read_manifest_fuzzer/no-columns.tsv"

i=0
for t in 2025-04-24 2025-04-24T21:10 2025-04-24T21:10:00+03:00 2025-04-24T21:10Z '2025-04-24 08:00 Europe/Kyiv' \
         2025-04-24T21:10:00.250-0500 0000-01-01 9999-12-31T23:59:59+14:00 2024-02-29 '2025-04-24 America/Argentina/Buenos_Aires'; do
  i=$((i + 1))
  printf '%s' "$t" > "$corpus/publication_time_fuzzer/time-$i"
done

# read_html_article: small pages with each kind of date evidence, charsets, page furniture and
# broken markup (its dictionary, fuzz/read_html_article_fuzzer.dict, is kept by hand).
h="$corpus/read_html_article_fuzzer"
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm | News</title>
<meta property="og:title" content="Storm">
<meta property="og:site_name" content="News"><link rel="canonical" href="https://e.x/2025/04/24/storm/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2025-04-20"},{"@type":["NewsArticle"],"datePublished":"2025-04-24T08:00:00+02:00","dateModified":"2025-04-25"}]}</script>
<meta property="article:published_time" content="2025-04-24T06:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><main><article><header><h1>Storm hits the coast</h1><div class="byline">By Jane Doe | Published 24 April 2025 <time datetime="2025-04-24T08:00">8:00</time></div></header>
<div itemprop="articleBody"><p>The storm reached the coast on Wednesday night and cut power to thousands of homes.</p><h2>Repairs</h2><p>Officials said repairs would <b>take</b> until Friday.</p></div></article></main>
<aside class="most-read"><p>Another story from 1 January 2025 that is long enough.</p></aside><footer>&copy; 2025</footer></body></html>
' > "$h/news.html"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="DC.date.issued" content="24.04.2025"></head><body><div class="date">Ver\xf6ffentlicht am 24.04.2025</div><div>Die Stra\xdfe wurde am Mittwoch gesperrt, sagte die Polizei \x84heute\x93 in der Stadt.<br><br>Sie bleibt bis Freitag zu.</div></body></html>\n' > "$h/latin1.html"
printf '\xff\xfe<\x00p\x00>\x00l\x00e\x00 \x002\x004\x00 \x00a\x00v\x00r\x00i\x00l\x00 \x002\x000\x002\x005\x00' > "$h/utf16.html"
printf '<html><head><meta property="article:published_time" content="20250-04-24T08:00:00Z"><script type="application/ld+json">{"@type":"Article","datePublished":[[[[{}]]]], "x":</script></head><body><article><p>Cut short on Wedn' > "$h/broken.html"
printf '<div><div><div><div><div><div><div><div><table><tr><td><p>Nested <b><i><u>deep <p>text</b> here on Friday</i></u><td><p>more' > "$h/nested.html"

i=0
while IFS= read -r t; do
  i=$((i + 1))
  printf '%s' "$t" > "$corpus/metadata_date_fuzzer/date-$i"
done <<'DATES'
2025-04-24T08:00:00+02:00
Thu, 24 Apr 2025 08:00:00 +0200
24.04.2025, 08:00 Uhr
Donnerstag, 24. März 2025
jeudi 1er février 2025 à 08:00
24 de abril de 2025
April 24th, 2025 8:05 GMT
1745481600000
20250424T080000Z
04/24/2025
Veröffentlicht am 24.04.2025 um 10:32 Uhr | aktualisiert 25.04.2025
DATES

# read_timeml: what `dateline tag -f timeml` writes for the seeds, and a TimeBank-like document.
"$dateline" tag "$seeds" -f timeml -o "$corpus/read_timeml_fuzzer" >/dev/null
cat > "$corpus/read_timeml_fuzzer/timebank-like.tml" <<'TML'
<?xml version="1.0" ?>
<!DOCTYPE TimeML SYSTEM "TimeML.dtd">
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" temporalFunction="false" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
<TEXT>
<!-- a comment --><![CDATA[raw & text]]> Shares rose &amp; fell &#8220;<EVENT eid="e1" class="OCCURRENCE">yesterday</EVENT>&#x201D;
<TIMEX3 tid="t1" type="DATE" value="1989-11-01" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>, and <TIMEX3 tid="t2" type="DURATION" value="P1W" mod="APPROX">about a week</TIMEX3>.
<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF"/>
</TEXT>
</TimeML>
TML

# read_seed_gold: the gold JSON, a NUL byte, the article.
for g in fixtures/seeds-gold/*.json; do
  name=$(basename "$g" .json)
  { cat "$g"; printf '\0'; cat "$seeds/$name.txt"; } > "$corpus/read_seed_gold_fuzzer/$name"
done

# build: a flag byte (bit 0: --explain), then articles separated by 0x1E.
{ printf '\x01'; cat "$corpus/read_article_fuzzer/front-matter.md"; printf '\x1e'
  printf 'Rubio skipped the talks in London on Wednesday. Missiles and drones pounded Kyiv overnight.\n'; } \
  > "$corpus/build_fuzzer/demo"
{ printf '\x00'; cat "$seeds/000_8732b7c2b8d3cddd.txt"; printf '\x1e'; cat "$seeds/003_ff6490168d6f341c.txt"; } \
  > "$corpus/build_fuzzer/seeds-000-003"
{ printf '\x01'; cat "$seeds/001_ddccb80f46c1cdc6.txt"; printf '\x1e'; cat "$seeds/004_19343925c8a383f6.txt"; } \
  > "$corpus/build_fuzzer/seeds-001-004"
{ printf '\x01---\npublished: 2025-04-24\ntitle: </title><script>alert(1)</script>\nsource: <a href="javascript:alert(1)">x</a>\n'
  printf 'url: javascript:alert(1)\n---\n<img src=x onerror=alert(1)> [x](javascript:alert(1)) on Friday \xe2\x80\xae evil \xe2\x81\xa6.\n\x1e'
  printf -- '---\npublished: 2025-04-23\nurl: https://e.example/a?b="onmouseover="alert(1)\nsource: W\xe2\x80\xaeire\n---\n* www.example.com and x@example.com on Thursday.\n'; } \
  > "$corpus/build_fuzzer/hostile"

# read_jsonl: crawler records of each shape, and each kind of bad line (its dictionary,
# fuzz/read_jsonl_fuzzer.dict, is kept by hand).
j="$corpus/read_jsonl_fuzzer"
printf '%s\n' '{"title":"Kyiv hit","maintext":"Missiles hit Kyiv last night.","date_publish":"2025-04-24 08:15:00","url":"https://e.x/k","source_domain":"e.x"}' \
  '{"text":"Rubio skipped the talks on Wednesday.","published":"Thu, 24 Apr 2025 21:10:00 +0300","source":{"id":null,"name":"Wire"}}' \
  '{"content":"<p>Hit <b>again</b> on Friday.</p><script>x()</script>","published_at":1745496000}' > "$j/records.jsonl"
printf '%s\n' 'not json' '[1,2]' '{"title":"no text"}' '{"text":"T.","date":"20250-04-24"}' '{"text":"cut' > "$j/bad.jsonl"
printf '{"text":"caf\xc3","x":[[[[{"a":{"b":[]}}]]]]}\r\n\xef\xbb\xbf{"body":"B.","pubDate":null}\n' > "$j/utf8.jsonl"

# read_feed: RSS 2.0, Atom (html, xhtml, text content), RSS 1.0, Latin-1, and broken feeds
# (dictionary: fuzz/read_feed_fuzzer.dict).
f="$corpus/read_feed_fuzzer"
printf '<?xml version="1.0"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>\n<item><title>Kyiv</title><link>https://e.x/k</link><pubDate>Thu, 24 Apr 2025 08:15:00 +0300</pubDate><description>Short.</description><content:encoded><![CDATA[<p>Hit <b>last night</b>.</p><p>More on Friday.</p>]]></content:encoded></item>\n<item><title>No text</title></item>\n<item><description>&lt;p&gt;On Wednesday.&lt;/p&gt;</description><pubDate>bad date</pubDate></item></channel></rss>\n' > "$f/rss.xml"
printf '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>\n<entry><link rel="self" href="s"/><link href="https://e.x/a"/><published>2025-04-24T21:10:00+03:00</published><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hit last night.</p></div></content></entry>\n<entry><summary type="html">&lt;em&gt;Quiet&lt;/em&gt; on Sunday.</summary><updated>2025-04-27</updated></entry></feed>\n' > "$f/atom.xml"
printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>RDF</title></channel><item><description>On Friday.</description><dc:date>2025-04-24</dc:date></item></rdf:RDF>' > "$f/rdf.xml"
printf '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><description>Caf\xe9 on Monday.</description></item></channel></rss>' > "$f/latin1.xml"
printf '<rss><channel><item><description>cut short on Wedn' > "$f/truncated.xml"

# read_shard: what `tag -f shard` writes for two seed articles, a line of another version, a line
# cut short, and lines that are no shard line.
s="$corpus/read_shard_fuzzer"
"$dateline" tag "$seeds"/000_*.txt "$seeds"/001_*.txt --published 2025-04-24 -f shard > "$s/seeds.shard"
head -n 1 "$s/seeds.shard" | sed 's/"dateline":"[^"]*"/"dateline":"0.0.1"/' > "$s/other-version.shard"
head -c 900 "$s/seeds.shard" > "$s/cut.shard"
printf '%s\n' '{}' '[1]' '{"dateline_shard":1}' '{"dateline_shard":99,"dateline":"0.1.0"}' 'not json' > "$s/bad.shard"
