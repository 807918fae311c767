#!/usr/bin/env bash
# Runs check_pages.mjs in headless Debian Chromium on what DATELINE writes.
#   run.sh DATELINE SOURCE_DIR
# Exit 77 (skipped) only when Chromium or Node.js is not installed.
set -euo pipefail
here=$(dirname "$0")
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  echo "SKIPPED: $chromium is not installed (scripts/install-deps.sh --test installs chromium)"
  exit 77
fi
if ! command -v node >/dev/null; then
  echo "SKIPPED: node is not installed (scripts/install-deps.sh --test installs nodejs)"
  exit 77
fi
if [[ ! -d $here/node_modules/puppeteer-core ]]; then
  echo "tests/browser/node_modules is missing: the browser.npm_ci test (tests/browser/install.sh) did not install it" >&2
  exit 1
fi
exec node "$here/check_pages.mjs" "$1" "$2"
