#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite twice: a normal build
# with warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build; then
# builds the libFuzzer targets with clang and runs each a fixed number of times on its corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDATELINE_WERROR=ON >/dev/null
cmake --build build/debug -j "$jobs"
ctest --test-dir build/debug --output-on-failure -j "$jobs"

cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDATELINE_SANITIZE=ON -DDATELINE_BENCH=OFF >/dev/null
cmake --build build/sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/sanitize --output-on-failure -j "$jobs"

# The fuzz targets on their committed corpus: a regression on any of those inputs, or within a
# few thousand mutations of them, fails here (scripts/fuzz.sh SECONDS fuzzes for real).
scripts/fuzz.sh --runs 3000
