#!/usr/bin/env bash
# Benchmarks GET /api/search of a running Marsad server with wrk (Debian's 'wrk' package), loopback only:
# a warm-up, then 1 and 32 concurrent connections for a bounded time each.
#   server/bench/wrk-search.sh [URL] [QUERIES] [SECONDS] [PARAMS]
# PARAMS defaults to the workload of ../shared/bench/README.md (see search.lua).
set -euo pipefail
url="${1:-http://127.0.0.1:7070}"
queries="${2:-../shared/bench/queries-200.txt}"
secs="${3:-30}"
params="${4:-limit=10&facets=source,topic&histogram=month&collapse=true}"
case "$url" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback URLs only" >&2; exit 2 ;; esac
here="$(cd "$(dirname "$0")" && pwd)"
echo "warm-up: 60 s, 8 connections"
wrk -t2 -c8 -d60s -s "$here/search.lua" "$url" -- "$queries" "$params" | grep -E "Requests/sec|Non-2xx" || true
for c in 1 32; do
  t=$(( c < 2 ? 1 : 2 ))
  echo "== $c connection(s), $secs s"
  wrk -t$t -c$c -d${secs}s --latency -s "$here/search.lua" "$url" -- "$queries" "$params"
done
