#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each on its committed corpus
# (fuzz/corpus/<target>/), then prints executions per second and totals.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   run each target SECONDS seconds (default 60)
#   scripts/fuzz.sh --runs N [TARGET...]    run each target for N executions from a fresh start
#                                           (what scripts/test.sh does in CI)
#
# The build goes to $DATELINE_FUZZ_BUILD (default build/fuzz). New inputs go to
# <build>/fuzz-work/<target>/ (kept between timed runs; the committed corpus is never changed).
# A crash, a leak, a timeout (10 s for one input), more than 2 GB of memory or a broken
# invariant leaves its input in <build>/fuzz-findings/ and makes the script exit 1. Reproduce:
#   <build>/fuzz/<target> <build>/fuzz-findings/<file>
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-max_total_time=60)
fresh=false
if [[ ${1:-} == --runs ]]; then
  limit=(-runs="$2")
  fresh=true
  shift 2
elif [[ ${1:-} =~ ^[0-9]+$ ]]; then
  limit=(-max_total_time="$1")
  shift
fi
all_targets=(recognize_resolve_fuzzer read_article_fuzzer read_manifest_fuzzer publication_time_fuzzer
             read_timeml_fuzzer read_seed_gold_fuzzer build_fuzzer read_html_article_fuzzer metadata_date_fuzzer
             read_jsonl_fuzzer read_feed_fuzzer read_shard_fuzzer)
targets=("${@:-${all_targets[@]}}")
build=${DATELINE_FUZZ_BUILD:-build/fuzz}

# A build that is already configured (scripts/test.sh's, which has the tests too) is reused.
if [[ ! -f $build/CMakeCache.txt ]]; then
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
    -DDATELINE_FUZZ=ON -DDATELINE_TESTS=OFF -DDATELINE_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target fuzzers >/dev/null

mkdir -p "$build/fuzz-findings"
status=0
printf '%-26s %8s %8s %11s %9s %8s  %s\n' target seconds execs/s executions new_units peak_MB result
for t in "${targets[@]}"; do
  work="$build/fuzz-work/$t"
  log="$build/fuzz-work/$t.log"
  if $fresh; then rm -rf "$work"; fi
  mkdir -p "$work"
  result=ok
  dict=fuzz/temporal.dict
  if [[ -f fuzz/$t.dict ]]; then dict=fuzz/$t.dict; fi
  start=$SECONDS
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/fuzz/$t" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
      -dict="$dict" -artifact_prefix="$build/fuzz-findings/$t-" "$work" "fuzz/corpus/$t" \
      >"$log" 2>&1 || { result="FAILED: $log"; status=1; }
  stat() { grep -m1 "^stat::$1:" "$log" | awk '{print $2}'; }
  printf '%-26s %8s %8s %11s %9s %8s  %s\n' "$t" $((SECONDS - start)) "$(stat average_exec_per_sec)" \
    "$(stat number_of_executed_units)" "$(stat new_units_added)" "$(stat peak_rss_mb)" "$result"
  if [[ $result != ok ]]; then grep -E -A12 "^(invariant broken|==[0-9]+==ERROR|SUMMARY)" "$log" | head -40 >&2 || true; fi
done
exit $status
