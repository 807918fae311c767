#!/usr/bin/env bash
# Installs the Debian packages dateline needs, only those that are missing. Run as root on
# Debian 12 (bookworm). Does nothing when everything is already there.
#   scripts/install-deps.sh          what building dateline needs
#   scripts/install-deps.sh --test   also what the test suite runs (site generators, browser, Dask)
#   scripts/install-deps.sh --bench  also what the benchmarks measure with (perf, hyperfine)
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  libboost-dev libhowardhinnant-date-dev tzdata libfmt-dev
  nlohmann-json3-dev libcli11-dev libgumbo-dev libpugixml-dev
  googletest libgtest-dev libbenchmark-dev
  clang libclang-rt-14-dev
)
test_packages=(hugo jekyll chromium python3 python3-distributed)
bench_packages=(linux-perf hyperfine)

for arg in "$@"; do
  case "$arg" in
    --test) packages+=("${test_packages[@]}") ;;
    --bench) packages+=("${bench_packages[@]}") ;;
    *) echo "install-deps: unknown option $arg (use --test or --bench)" >&2; exit 2 ;;
  esac
done

# The machine's own Node.js (with npm) is used when there is one; Debian's otherwise.
if [[ " ${packages[*]} " == *" chromium "* ]] && ! command -v npm >/dev/null; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
