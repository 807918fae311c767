#!/usr/bin/env bash
# Installs the Debian packages dateline needs to build and test, only those that are missing.
# Run as root on Debian 12 (bookworm). Does nothing when everything is already there.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  libboost-dev libhowardhinnant-date-dev tzdata libfmt-dev
  nlohmann-json3-dev libcli11-dev libgumbo-dev
  googletest libgtest-dev libbenchmark-dev
  clang libclang-rt-14-dev
)

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
