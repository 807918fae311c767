#!/usr/bin/env bash
# Writes the benchmark file of docs/performance.md: the seed articles of fixtures/seeds,
# concatenated in name order, repeated COPIES times (800: 19,440,000 bytes).
#   bench/seed_corpus.sh OUT [COPIES]
set -euo pipefail
out=${1:?usage: seed_corpus.sh OUT [COPIES]}
copies=${2:-800}
seeds=$(cd "$(dirname "$0")/../fixtures/seeds" && pwd)
one=$(mktemp)
trap 'rm -f "$one"' EXIT
cat "$seeds"/*.txt > "$one"
: > "$out"
for ((i = 0; i < copies; i++)); do cat "$one"; done >> "$out"
