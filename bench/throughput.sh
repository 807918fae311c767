#!/usr/bin/env bash
# Throughput of `dateline tag` on one core beside `wc -w` and chrono-node on the same file, peak
# resident memory, and the speed-up of -j N on the Timeline17 articles; every figure the best of
# RUNS runs (the machine may be shared). Prints a Markdown table (docs/performance.md).
#   bench/throughput.sh [DATELINE] [RUNS]
# DATELINE_BIG_JSONL=1 also tags a 1 GiB JSON Lines corpus (bench/jsonl_corpus.sh, written to
# $DATELINE_BENCH_DIR and left there) once, for its peak memory: a few minutes.
# Needs: GNU time (/usr/bin/time); node and npm for chrono-node (left out without them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dateline=${1:-$here/../build/release/cli/dateline}
runs=${2:-3}
work=${DATELINE_BENCH_DIR:-/tmp/dateline-bench}
tls=${DATELINE_TLS:-$here/../../shared/data/tls/timeline17-dev}
mkdir -p "$work"
file=$work/seeds800.txt
[[ -s $file ]] || "$here/seed_corpus.sh" "$file" 800
bytes=$(stat -c %s "$file")

# best_of CMD...: the least wall time of $runs runs (seconds), the peak RSS (KiB) and the CPU
# time (user + system seconds) of that run. On a busy machine the CPU time of a one-thread run
# is the steadier figure.
best_of() {
    local best="" rss="" cpu="" t m u s
    for ((r = 0; r < runs; r++)); do
        /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > /dev/null 2> /dev/null
        read -r t m u s < "$work/time.txt"
        if [[ -z $best ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$t rss=$m cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
        fi
    done
    echo "$best $rss $cpu"
}
mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", (s > 0 ? b / s / 1e6 : 0) }'; }

read -r tag_s tag_kib tag_cpu < <(best_of "$dateline" tag "$file" --published 2025-04-24 -f jsonl -j 1)
read -r wc_s _ wc_cpu < <(best_of wc -w "$file")
chrono_s=""
if command -v node > /dev/null && command -v npm > /dev/null; then
    [[ -d $work/chrono/node_modules/chrono-node ]] ||
        npm install --silent --prefix "$work/chrono" chrono-node@2.10.3 > /dev/null
    read -r chrono_s _ chrono_cpu < <(best_of node "$here/chrono_parse.cjs" "$work/chrono" "$file")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
echo "| measure ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, best of $runs) | wall s | MB/s | CPU s | MB/s of CPU | dateline (CPU) is |"
echo "|---|---|---|---|---|---|"
echo "| dateline tag -f jsonl -j 1 | $tag_s | $(mbps "$tag_s") | $tag_cpu | $(mbps "$tag_cpu") | |"
echo "| wc -w | $wc_s | $(mbps "$wc_s") | $wc_cpu | $(mbps "$wc_cpu") | $(ratio "$wc_cpu" "$tag_cpu") |"
if [[ -n $chrono_s ]]; then
    echo "| chrono-node 2.10.3 (node $(node --version)), a line at a time | $chrono_s | $(mbps "$chrono_s") | $chrono_cpu | $(mbps "$chrono_cpu") | $(ratio "$chrono_cpu" "$tag_cpu") |"
fi
echo "| peak resident memory of dateline tag | $(awk -v k="$tag_kib" 'BEGIN { printf "%.1f MiB", k / 1024 }') | | | | |"

if [[ -d $tls ]]; then
    echo
    echo "| dateline tag on $(find "$tls" -name '*.txt' | wc -l) Timeline17 articles (best of $runs) | wall s | speed-up | CPU s | peak RSS |"
    echo "|---|---|---|---|---|"
    read -r one one_kib one_cpu < <(best_of "$dateline" tag "$tls" -j 1)
    for j in 1 2 4; do
        read -r t kib cpu < <(best_of "$dateline" tag "$tls" -j "$j")
        [[ $j == 1 ]] && t=$one kib=$one_kib cpu=$one_cpu
        echo "| -j $j | $t | $(awk -v a="$one" -v b="$t" 'BEGIN { printf "%.2f×", a / b }') | $cpu | $(awk -v k="$kib" 'BEGIN { printf "%.1f MiB", k / 1024 }') |"
    done
fi

if [[ ${DATELINE_BIG_JSONL:-0} == 1 ]]; then
    big=$work/corpus1g.jsonl
    [[ -s $big ]] || "$here/jsonl_corpus.sh" "$big" 1073741824 > /dev/null
    big_bytes=$(stat -c %s "$big")
    echo
    echo "| dateline tag on a $(awk -v b="$big_bytes" 'BEGIN { printf "%.2f", b / 1e9 }') GB JSON Lines corpus, one run | wall s | CPU s | MB/s of CPU | peak RSS |"
    echo "|---|---|---|---|---|"
    for j in 1 2; do
        /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$dateline" tag "$big" -f jsonl -j "$j" > /dev/null 2> /dev/null
        read -r t m u s < "$work/time.txt"
        cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')
        echo "| -j $j | $t | $cpu | $(awk -v b="$big_bytes" -v c="$cpu" 'BEGIN { printf "%.1f", b / c / 1e6 }') | $(awk -v k="$m" 'BEGIN { printf "%.1f MiB", k / 1024 }') |"
    done
fi
