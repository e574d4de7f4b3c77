#!/usr/bin/env bash
# Speed of the main pages as a ratio to the bare Boot app in ../shared/tools/ceiling (its /table page), measured
# alternately in one run so that the machine's noise cancels out. Needs wrk (apt-get install -y wrk).
#   bench/ratios.sh                 # 60 s warm-up, 10 s per measurement, 32 connections
#   WARMUP=20 SECONDS_EACH=5 bench/ratios.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-60}
SECONDS_EACH=${SECONDS_EACH:-10}
CONNECTIONS=${CONNECTIONS:-32}
APP_PORT=${APP_PORT:-18180}
CEILING_PORT=${CEILING_PORT:-18999}
export JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
WORK=target/bench
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

mkdir -p "$WORK"
if [ ! -f "$WORK/ceiling/target/ceiling-0.0.1.jar" ]; then
  rm -rf "$WORK/ceiling" && cp -r ../shared/tools/ceiling "$WORK/ceiling"
  (cd "$WORK/ceiling" && ../../../mvnw -q -B -DskipTests package)
fi

rm -rf "$WORK/data"
bin/start --server.port=$APP_PORT \
  --spring.datasource.url="jdbc:h2:file:./$WORK/data/advisor;WRITE_DELAY=0;AUTO_SERVER=FALSE" \
  --advisor.limits.drafts-per-window=1000000 --advisor.limits.submissions-per-window=1000000 > "$WORK/app.log" 2>&1 &
APP=$!
java -Xmx512m -jar "$WORK/ceiling/target/ceiling-0.0.1.jar" --server.port=$CEILING_PORT > "$WORK/ceiling.log" 2>&1 &
CEILING=$!
trap 'kill $APP $CEILING 2>/dev/null || true' EXIT
for port in $APP_PORT $CEILING_PORT; do
  for _ in $(seq 60); do curl -sf -o /dev/null "http://localhost:$port/" && break || sleep 1; done
done
grep -o "Started AdvisorApplication in [0-9.]* seconds" "$WORK/app.log" || true

# A stored result to measure the result page.
RESULT=$(java bench/Load.java --base "http://localhost:$APP_PORT" --clients 1 --seconds 1 --print-result 2>/dev/null | tail -1)
# "es:" marks a page asked for in Spanish (Accept-Language: es), as a Spanish-speaking browser does.
PAGES=(/ /compare /careers /careers/medical-coder /certifications /programs /competencies "/search?q=coding" "$RESULT"
  /resources/css/site.css es:/ es:/careers es:/careers/medical-coder "es:/search?q=codificaci%C3%B3n" "es:$RESULT")
# wrk's arguments for a page: its address, with the header for a Spanish one.
target() { case "$1" in es:*) echo "-H Accept-Language:es http://localhost:$APP_PORT${1#es:}" ;; *) echo "http://localhost:$APP_PORT$1" ;; esac; }

echo "Warming up for $WARMUP s"
end=$((SECONDS + WARMUP))
while [ $SECONDS -lt $end ]; do
  for page in "${PAGES[@]}"; do wrk -t2 -c$CONNECTIONS -d2s $(target "$page") >/dev/null; done
  wrk -t2 -c$CONNECTIONS -d2s "http://localhost:$CEILING_PORT/table" >/dev/null
done

# wrk prints latencies as 812.00us, 1.20ms or 1.02s.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; print n }'; }
tail_ratio() { awk -v a="$(ms "$1")" -v b="$(ms "$2")" 'BEGIN {printf "%.1f", b / a}'; }
rate() { wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s --latency $1 | awk '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print r, p50, p99}'; }
printf "%-34s %9s %9s %6s %8s %8s %7s %12s\n" page "req/s" "/table" ratio p50 p99 p99/p50 "/table p99/p50"
for page in "${PAGES[@]}"; do
  read -r table tp50 tp99 < <(rate "http://localhost:$CEILING_PORT/table")
  read -r ours p50 p99 < <(rate "$(target "$page")")
  ratio=$(awk -v a="$ours" -v b="$table" 'BEGIN {printf "%.2f", a / b}')
  printf "%-34s %9s %9s %6s %8s %8s %7s %12s\n" "${page:0:34}" "$ours" "$table" "$ratio" "$p50" "$p99" \
    "$(tail_ratio "$p50" "$p99")" "$(tail_ratio "$tp50" "$tp99")"
done
read -r static _ _ < <(rate "http://localhost:$CEILING_PORT/hello.txt")
echo "ceiling static file /hello.txt: $static req/s"
