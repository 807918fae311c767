#!/usr/bin/env bash
# Writes a JSON Lines corpus for the flat-memory figure of docs/performance.md: the seed articles
# of fixtures/seeds as records {"text", "date" (from published.tsv), "url"}, in name order, again
# and again until the file holds BYTES bytes (default 1 GiB; never commit the result).
#   bench/jsonl_corpus.sh OUT [BYTES]
set -euo pipefail
out=${1:?usage: jsonl_corpus.sh OUT [BYTES]}
bytes=${2:-1073741824}
seeds=$(cd "$(dirname "$0")/../fixtures/seeds" && pwd)
python3 - "$seeds" "$out" "$bytes" <<'PY'
import csv, json, pathlib, sys
seeds, out, limit = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with open(seeds / "published.tsv", newline="") as f:
    dates = {row["file"]: row["published"] for row in csv.DictReader(f, delimiter="\t")}
articles = [(p.name, p.read_text(encoding="utf-8"), dates[p.name]) for p in sorted(seeds.glob("*.txt"))]
written, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while written < limit:
        name, text, date = articles[n % len(articles)]
        line = json.dumps({"text": text, "date": date, "url": f"https://example.org/{n}/{name}"}, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"{out}: {n} records, {written} bytes")
PY
