#!/usr/bin/env bash
# Whether two builds of dateline give the same bytes on the corpora a speed change must not move:
# `tag` on the 19.4 MB seeds file and on Timeline17, `tag -f timeml` on the seeds, and `eval
# --errors --documents` (every expression's verdict) on TBAQ, WikiWars, the tweets and the seed
# gold; and `build` of Timeline17 as JSON, Markdown, HTML and `--top 40`, BEFORE at -j 1 against
# AFTER at -j 1 and at -j 2. Prints one line per corpus; exit 1 when any differs.
#   bench/same_outputs.sh BEFORE AFTER        (two dateline executables)
# DATELINE_DATA: the corpora (default ../shared/data beside the project); DATELINE_BENCH_DIR: where
# the outputs go (default a new folder under /tmp, named at the end).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
before=${1:?usage: same_outputs.sh BEFORE AFTER}
after=${2:?usage: same_outputs.sh BEFORE AFTER}
data=${DATELINE_DATA:-$here/../../shared/data}
# Without the corpora every run would print the same error message and compare "same".
for corpus in tbaq timeml/wikiwars-train timeml/tweets-train tls/timeline17-dev; do
    [[ -d $data/$corpus ]] || { echo "same_outputs: no $data/$corpus (set DATELINE_DATA)" >&2; exit 2; }
done
# A folder of its own per run unless told (two engineers comparing at once must not share one).
work=${DATELINE_BENCH_DIR:-$(mktemp -d /tmp/dateline-bench.XXXXXX)}
mkdir -p "$work"
seeds_file=$work/seeds800.txt
[[ -s $seeds_file ]] || "$here/seed_corpus.sh" "$seeds_file" 800

# run NAME: the outputs of `$dateline` into $work/NAME-*.out
run() {
    local out=$work/$1 dateline=$2
    rm -rf "$out-tml"
    "$dateline" tag "$seeds_file" --published 2025-04-24 -f jsonl -j 1 > "$out-seeds.out" 2>&1
    # Its warnings apart: how they fall between the lines depends on when stdout's buffer is written.
    "$dateline" tag "$data/tls/timeline17-dev" -j 1 > "$out-timeline17.out" 2> "$out-timeline17-warnings.out"
    "$dateline" tag "$here/../fixtures/seeds" --published 2025-04-24 -f timeml -o "$out-tml" > /dev/null 2>&1
    "$dateline" eval "$data/tbaq" --errors --documents > "$out-tbaq.out" 2>&1
    "$dateline" eval "$data/timeml/wikiwars-train" --errors --documents > "$out-wikiwars.out" 2>&1
    "$dateline" eval "$data/timeml/tweets-train" --errors --documents > "$out-tweets.out" 2>&1
    "$dateline" eval "$here/../fixtures/seeds-gold" --texts "$here/../fixtures/seeds" --errors --documents \
        > "$out-seeds-gold.out" 2>&1
}
# builds NAME JOBS: the chronologies of Timeline17 written by `$dateline` at -j JOBS
builds() {
    local out=$work/$1 dateline=$2 jobs=$3 t17=$data/tls/timeline17-dev
    for format in json md html; do
        "$dateline" build "$t17" -j "$jobs" -f "$format" > "$out-build-$format.out" 2>&1
    done
    "$dateline" build "$t17" -j "$jobs" --top 40 > "$out-build-top40.out" 2>&1
}
run before "$before"
run after "$after"
builds before "$before" 1
builds after "$after" 1
builds after-j2 "$after" 2
status=0
for build in json md html top40; do
    for after_run in after after-j2; do
        if cmp -s "$work/before-build-$build.out" "$work/$after_run-build-$build.out"; then
            echo "build $build ($after_run): same ($(wc -c < "$work/$after_run-build-$build.out") bytes)"
        else
            echo "build $build ($after_run): DIFFERENT"
            status=1
        fi
    done
done
for corpus in seeds timeline17 timeline17-warnings tbaq wikiwars tweets seeds-gold; do
    if cmp -s "$work/before-$corpus.out" "$work/after-$corpus.out"; then
        echo "$corpus: same ($(wc -c < "$work/after-$corpus.out") bytes)"
    else
        echo "$corpus: DIFFERENT"
        status=1
    fi
done
if diff -r "$work/before-tml" "$work/after-tml" > /dev/null; then echo "seeds timeml: same"; else echo "seeds timeml: DIFFERENT"; status=1; fi
echo "outputs in $work" >&2
exit $status
