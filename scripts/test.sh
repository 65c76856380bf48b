#!/usr/bin/env bash
# Runs every test of the portal: unit, integration (HTTP through WebApplicationFactory on real SQLite)
# and browser tests (Playwright driving Debian's Chromium against the portal on a loopback port).
# Installs Chromium with apt-get when it is missing and we are root; otherwise stops and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $chromium." >&2
    echo "Install it (sudo apt-get install chromium) or point CHROMIUM_PATH at it, then run this again." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="$chromium"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test AntiTrafik.sln --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# One plain closing line for CI: "N passed, N failed".
summary=$(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | tail -1 || true)
if [ -n "$summary" ]; then
  failed=$(sed -E 's/.*Failed:\s*([0-9]+).*/\1/' <<<"$summary")
  passed=$(sed -E 's/.*Passed:\s*([0-9]+).*/\1/' <<<"$summary")
  echo "$passed passed, $failed failed"
fi
exit "$status"
