#!/usr/bin/env bash
# The tests need two programs from Debian's packages: Chromium for the browser
# tests (Playwright's own browser download cannot reach its host on these
# machines) and faketime for the unit and integration tests at moved clocks.
# Installs whichever is missing; CHROMIUM_PATH points at another browser.
set -euo pipefail
missing=()
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] || missing+=(chromium)
command -v faketime >/dev/null || missing+=(faketime)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]} (a few minutes, once)..."
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Install ${missing[*]} yourself (e.g. apt-get install ${missing[*]}) or set CHROMIUM_PATH." >&2; exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
