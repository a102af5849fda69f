#!/usr/bin/env bash
# Finds a Chromium for Playwright: CHROMIUM_PATH, a system Chromium, else installs one the way
# this machine allows (Debian's package as root, or Playwright's own download where a network
# allows it), else stops with a clear message. With --print-path it only prints the path.
set -euo pipefail

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if [ "${1:-}" = "--print-path" ]; then find_chromium; exit; fi
if path=$(find_chromium); then echo "Chromium: $path"; exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's package (apt-get install chromium)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif npx playwright install chromium; then
  echo "Using Playwright's own Chromium."
  exit 0
fi
if path=$(find_chromium); then echo "Chromium: $path"; exit 0; fi
echo "No Chromium found. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH, then run the tests again." >&2
exit 1
