#!/bin/bash
# Server CPU time per /api/search request, two builds interleaved over one index (load-independent,
# unlike req/s on a shared machine). usage: cpu-per-request.sh BEFORE.jar AFTER.jar INDEX [QUERIES]
set -u
before=$1; after=$2; index=$3; queries=${4:-../shared/bench/queries-200.txt}
java -Xmx1g -jar "$before" serve --index "$index" --port 7395 > /tmp/cpu-before.log 2>&1 & p1=$!
java -Xmx1g -jar "$after" serve --index "$index" --port 7396 > /tmp/cpu-after.log 2>&1 & p2=$!
trap 'kill $p1 $p2' EXIT
for i in $(seq 120); do curl -s localhost:7395/api/health >/dev/null && curl -s localhost:7396/api/health >/dev/null && break; sleep 1; done
bench() { java -jar "$after" bench serve --queries "$queries" --url "http://127.0.0.1:$1" "${@:2}"; }
cpu() { awk '{print $14+$15}' /proc/$1/stat; }    # utime+stime in clock ticks
tick=$(getconf CLK_TCK)
for p in 7395 7396; do bench $p --warmup 6000 --seconds 1 --clients 4 > /dev/null 2>&1; done
for round in 1 2 3; do
  for p in 7395 7396; do
    pid=$([ $p = 7395 ] && echo $p1 || echo $p2); c0=$(cpu $pid)
    n=$(bench $p --warmup 0 --seconds 10 --clients 8 2>&1 | grep '^| [0-9]' | awk -F'|' '{gsub(/[ ,]/,"",$3); print $3}')
    c1=$(cpu $pid)
    echo "round $round $([ $p = 7395 ] && echo before || echo after): $n requests, $(echo "scale=3; ($c1-$c0)*1000/$tick/$n" | bc) ms CPU/request | $(uptime | sed 's/.*load/load/')"
  done
done
