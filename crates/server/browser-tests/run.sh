#!/usr/bin/env bash
# Browser tests of `ctopath serve`: builds ctopath, starts it on a free loopback port
# with a scratch database, runs the tests in headless Chromium (Debian's
# /usr/bin/chromium, never a downloaded browser) with node's test runner, stops the
# server, and leaves screenshots and the downloaded PDF in ./artifacts/.
#
# Needs: node >= 20, `npm ci` here (playwright-core), `apt-get install -y chromium`.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
cd "$HERE"

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "Chromium not found at $CHROMIUM: apt-get install -y chromium" >&2; exit 2; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

# CTOPATH_BIN runs an already built binary (CI passes the one `cargo test` built).
if [ -n "${CTOPATH_BIN:-}" ]; then
  BIN="$CTOPATH_BIN"
else
  (cd "$ROOT" && cargo build -q -p ctopath)
  BIN="$ROOT/target/debug/ctopath"
fi
[ -x "$BIN" ] || { echo "ctopath binary not found at $BIN" >&2; exit 2; }

SCRATCH=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$BIN" --db "$SCRATCH/browser.db" serve --addr "127.0.0.1:$PORT" >"$SCRATCH/serve.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 150); do
  curl -fsS -o /dev/null "$BASE/" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "$BASE/" || { echo "ctopath serve did not start:" >&2; cat "$SCRATCH/serve.log" >&2; exit 1; }

mkdir -p artifacts
status=0
CTOPATH_URL="$BASE" \
CTOPATH_ROOT="$ROOT" \
CTOPATH_ARTIFACTS="$HERE/artifacts" \
CTOPATH_CHROMIUM="$CHROMIUM" \
CTOPATH_PROFILE_DIR="$SCRATCH/chromium-profile" \
  node --test --test-concurrency=1 tests/ || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log" >&2
  tail -n 50 "$SCRATCH/serve.log" >&2
fi
exit "$status"
