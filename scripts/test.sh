#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite twice: a normal build
# (gcc) with warnings as errors, and a clang AddressSanitizer + UndefinedBehaviorSanitizer build;
# then runs the libFuzzer targets of that same build a fixed number of times on their corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDATELINE_WERROR=ON >/dev/null
cmake --build build/debug -j "$jobs"
ctest --test-dir build/debug --output-on-failure -j "$jobs"

# One clang build serves the sanitizer suite and the fuzzers: every library is built with
# AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage hooks, at -O1. The
# browser, site-generator and Dask tests check what other programs make of dateline's output and
# ran above; under the sanitizers they would only repeat that, slowly.
CXX=clang++ cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" \
  -DDATELINE_FUZZ=ON -DDATELINE_TESTS=ON -DDATELINE_BENCH=OFF >/dev/null
cmake --build build/sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/sanitize --output-on-failure -j "$jobs" --label-exclude 'browser|site|dask'

# The fuzz targets on their committed corpus: a regression on any of those inputs, or within a
# few thousand mutations of them, fails here (scripts/fuzz.sh SECONDS fuzzes for real).
DATELINE_FUZZ_BUILD=build/sanitize scripts/fuzz.sh --runs 3000
