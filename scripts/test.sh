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

# Redis tests (several instances on one store, restarts, Redis down): Debian's redis-server, started here on a free
# loopback port with no persistence and no password, and stopped on exit whatever the tests did. Tests that stop
# and start Redis mid-walk start their own servers from the same binary.
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server redis-tools >/dev/null
fi
redis_bin=$(command -v redis-server || echo /usr/bin/redis-server)
redis_port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
redis_dir=$(mktemp -d)
mkdir -p artifacts
"$redis_bin" --port "$redis_port" --bind 127.0.0.1 --daemonize no --save "" --appendonly no --dir "$redis_dir" --loglevel warning >artifacts/redis-server.log 2>&1 &
redis_pid=$!
trap 'kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; rm -rf "$redis_dir"' EXIT
for _ in $(seq 1 100); do
  [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = "PONG" ] && break
  kill -0 "$redis_pid" 2>/dev/null || { echo "redis-server did not start" >&2; exit 1; }
  sleep 0.1
done
[ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = "PONG" ] || { echo "redis-server did not answer on port $redis_port" >&2; exit 1; }
export GUIDANCEBOT_TEST_REDIS="127.0.0.1:$redis_port"

mkdir -p artifacts
set +e
dotnet test GuidanceBot.sln --logger "trx;LogFilePrefix=results" --results-directory artifacts/test-results 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}

# The HTTP load driver, briefly and at small load, against the bot just built: it fails on a wrong or failed
# reply only, never on speed (figures belong in the README's performance table, measured on a quiet machine).
echo "Load driver (errors only):"
dotnet build bench/GuidanceBot.LoadDriver -v quiet -nologo >artifacts/load-driver-build.txt 2>&1 || cat artifacts/load-driver-build.txt
dotnet bench/GuidanceBot.LoadDriver/bin/Debug/net10.0/GuidanceBot.LoadDriver.dll \
  --start src/GuidanceBot/bin/Debug/net10.0/GuidanceBot.dll --concurrency 4 --seconds 3 --warmup 1 2>&1 | tee artifacts/load-driver.txt
driver=${PIPESTATUS[0]}
[ "$driver" -ne 0 ] && echo "Load driver failed: a wrong or failed reply, or it could not run (see artifacts/load-driver.txt)" && status=1
set -e

# One plain closing line with the totals, summed over the test projects.
total() { grep -Eo "$1: +[0-9]+" artifacts/test-output.txt | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(total Passed)
failed=$(total Failed)
echo "Tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
