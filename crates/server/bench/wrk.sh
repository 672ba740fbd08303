#!/usr/bin/env bash
# Load test of `GET /api/assessment` on loopback: builds the release binary, imports
# the example resume into a scratch database, starts `ctopath serve` on a free port,
# runs wrk with latency statistics, and reports requests per second and p99.
#
# Targets (issue 7): >= 10,000 requests/s and p99 < 10 ms on 2 cores. Exits 1 when
# a target is missed.
#
#   crates/server/bench/wrk.sh                  # defaults below
#   DURATION=30s CONNECTIONS=128 crates/server/bench/wrk.sh
#   REFRESH_MS=0 crates/server/bench/wrk.sh     # check the store on every request
#
# Traffic goes to 127.0.0.1 only, for a bounded time; the server is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION=${DURATION:-15s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-32}
REFRESH_MS=${REFRESH_MS:-250}
MIN_RPS=${MIN_RPS:-10000}
MAX_P99_MS=${MAX_P99_MS:-10}

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }
cargo build --release -q -p ctopath
BIN=target/release/ctopath

SCRATCH=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
DB="$SCRATCH/bench.db"
"$BIN" --db "$DB" profile import examples/resumes/maya-okafor.json >/dev/null 2>&1
"$BIN" --db "$DB" serve --addr "127.0.0.1:$PORT" --refresh-ms "$REFRESH_MS" >"$SCRATCH/serve.log" 2>&1 &
SERVER_PID=$!
URL="http://127.0.0.1:$PORT/api/assessment"
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$URL" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "$URL" || { echo "the server did not start:" >&2; cat "$SCRATCH/serve.log" >&2; exit 1; }

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $URL (refresh every ${REFRESH_MS} ms, $(nproc) cores)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$URL" | tee "$SCRATCH/wrk.txt"

RPS=$(awk '/^Requests\/sec:/ {print $2}' "$SCRATCH/wrk.txt")
P99=$(awk '$1 == "99%" {print $2}' "$SCRATCH/wrk.txt")
# wrk prints units (us, ms, s); bring p99 to milliseconds.
P99_MS=$(echo "$P99" | awk '/us$/ {sub("us",""); print $1/1000; next} /ms$/ {sub("ms",""); print $1; next} /s$/ {sub("s",""); print $1*1000}')
ERRORS=$(awk '/Non-2xx|Socket errors/ {print}' "$SCRATCH/wrk.txt")

echo
echo "requests/s: $RPS   p99: ${P99_MS} ms   (targets: >= $MIN_RPS req/s, p99 < $MAX_P99_MS ms)"
[ -z "$ERRORS" ] || { echo "errors during the run: $ERRORS"; exit 1; }
awk -v r="$RPS" -v p="$P99_MS" -v mr="$MIN_RPS" -v mp="$MAX_P99_MS" 'BEGIN { exit !(r >= mr && p < mp) }' \
  && echo "PASS" || { echo "FAIL"; exit 1; }
