#!/usr/bin/env bash
# Installs what is missing, builds dateline (Release) and writes the chronology of the seed
# articles in fixtures/seeds to out/chronology.md (and .html, .json), printing the Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DDATELINE_TESTS=OFF -DDATELINE_BENCH=OFF >/dev/null
cmake --build build/release --target dateline

mkdir -p out
build/release/cli/dateline build fixtures/seeds -f html -o out/chronology.html
build/release/cli/dateline build fixtures/seeds -f json -o out/chronology.json
build/release/cli/dateline build fixtures/seeds -f md -o out/chronology.md
cat out/chronology.md
echo "setup: wrote out/chronology.md, out/chronology.html, out/chronology.json" >&2
