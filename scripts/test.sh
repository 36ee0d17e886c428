#!/usr/bin/env bash
# The README's test command. Installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Test oracles: Microsoft's own npm packages (adaptivecards, adaptivecards-templating), from the lock file.
if [ -f tests/oracles/package-lock.json ]; then
  (cd tests/oracles && npm ci --no-audit --no-fund --loglevel=error)
fi

# Browser tests: Debian's Chromium, driven by Playwright (which cannot download its own browser here).
# Microsoft's Web Chat for the chat page is installed by the build itself (npm ci from src/GuidanceBot/webchat/package-lock.json).
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

mkdir -p artifacts
set +e
dotnet test GuidanceBot.sln --logger "trx;LogFilePrefix=results" --results-directory artifacts/test-results 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}

# The HTTP load driver, briefly and at small load, against the bot just built: it fails on a wrong or failed
# reply only, never on speed (figures belong in the README's performance table, measured on a quiet machine).
echo "Load driver (errors only):"
dotnet bench/GuidanceBot.LoadDriver/bin/Debug/net10.0/GuidanceBot.LoadDriver.dll \
  --start src/GuidanceBot/bin/Debug/net10.0/GuidanceBot.dll --concurrency 4 --seconds 3 --warmup 1 2>&1 | tee artifacts/load-driver.txt
driver=${PIPESTATUS[0]}
[ "$driver" -ne 0 ] && echo "Load driver: wrong or failed replies (see artifacts/load-driver.txt)" && status=1
set -e

# One plain closing line with the totals, summed over the test projects.
total() { grep -Eo "$1: +[0-9]+" artifacts/test-output.txt | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(total Passed)
failed=$(total Failed)
echo "Tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
