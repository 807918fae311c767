#!/usr/bin/env bash
# Installs the browser tests' npm packages (puppeteer-core, axe-core, TimelineJS) exactly as
# package-lock.json says, with `npm ci`, into tests/browser/node_modules; does nothing when they
# are already installed from the same lock file. puppeteer-core downloads no browser: the tests
# drive Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "SKIPPED: npm is not installed (scripts/install-deps.sh --test installs it)"
  exit 77
fi
lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f node_modules/.dateline-lock && "$(cat node_modules/.dateline-lock)" == "$lock" ]]; then
  echo "npm packages already installed from this package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$lock" > node_modules/.dateline-lock
