#!/usr/bin/env bash
# The speed-up of `dateline build -j 2` over `-j 1` on the Timeline17 articles, for each output
# format written with -o: RUNS runs of each, -j 1 and -j 2 alternating so that a busy spell of a
# shared machine falls on both; prints the median and the least wall time of each and their
# ratios as a Markdown table (docs/performance.md).
#   bench/build_speedup.sh [DATELINE] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dateline=${1:-$here/../build/release/cli/dateline}
runs=${2:-15}
tls=${DATELINE_TLS:-$here/../../shared/data/tls/timeline17-dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# wall FORMAT JOBS: the wall time in seconds of one build.
wall() {
    local start end
    start=$(date +%s.%N)
    "$dateline" build "$tls" -f "$1" -j "$2" -o "$work/out.$1" 2> /dev/null || [[ $? == 1 ]]
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f\n", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
least() { sort -n | head -1; }

echo "| \`build -f FORMAT -o FILE\` on $(find "$tls" -name '*.txt' | wc -l) Timeline17 articles, $runs runs each | -j 1 median / least s | -j 2 median / least s | speed-up (medians / least) |"
echo "|---|---|---|---|"
for format in json md html; do
    wall "$format" 1 > /dev/null  # warm the page cache
    : > "$work/j1" && : > "$work/j2"
    for ((r = 0; r < runs; r++)); do
        wall "$format" 1 >> "$work/j1"
        wall "$format" 2 >> "$work/j2"
    done
    m1=$(median < "$work/j1") l1=$(least < "$work/j1") m2=$(median < "$work/j2") l2=$(least < "$work/j2")
    awk -v f="$format" -v m1="$m1" -v l1="$l1" -v m2="$m2" -v l2="$l2" \
        'BEGIN { printf "| %s | %.3f / %.3f | %.3f / %.3f | %.2f× / %.2f× |\n", f, m1, l1, m2, l2, m1 / m2, l1 / l2 }'
done
