#!/usr/bin/env bash
# A classroom's load with a crash in the middle: 64 clients browse and submit for 60 s; halfway through the app is
# killed with SIGKILL and started again on the same data; afterwards every result the app acknowledged must be there.
#   bench/kill-restart.sh                                  # H2 file database (the default)
#   PROFILE=postgres ADVISOR_DB_PASSWORD=... bench/kill-restart.sh   # a running PostgreSQL, see README
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-64}
SECONDS_TOTAL=${SECONDS_TOTAL:-60}
PORT=${PORT:-18280}
export JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
WORK=target/bench-kill
PROFILE=${PROFILE:-}
mkdir -p "$WORK"
rm -rf "$WORK/data" "$WORK/acknowledged.txt"

start_app() {
  local args=(--server.port=$PORT --advisor.limits.drafts-per-window=1000000 --advisor.limits.submissions-per-window=1000000)
  if [ -z "$PROFILE" ]; then
    args+=(--spring.datasource.url="jdbc:h2:file:./$WORK/data/advisor;WRITE_DELAY=0;AUTO_SERVER=FALSE")
  else
    args+=(--spring.profiles.active="$PROFILE")
  fi
  bin/start "${args[@]}" >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 90); do curl -sf -o /dev/null "http://localhost:$PORT/actuator/health" && return 0 || sleep 1; done
  echo "the app did not start" >&2; exit 1
}

start_app
echo "started (pid $APP); load: $CLIENTS clients for $SECONDS_TOTAL s, SIGKILL at half time"
java bench/Load.java --base "http://localhost:$PORT" --clients "$CLIENTS" --seconds "$SECONDS_TOTAL" \
  --acknowledged "$WORK/acknowledged.txt" > "$WORK/load.txt" 2>&1 &
LOAD=$!
sleep $((SECONDS_TOTAL / 2))
kill -9 "$APP"
echo "killed after $(wc -l < "$WORK/acknowledged.txt") acknowledged results; restarting"
start_app
wait "$LOAD" || true
cat "$WORK/load.txt"
java bench/Load.java --base "http://localhost:$PORT" --verify "$WORK/acknowledged.txt"
status=$?
kill "$APP" 2>/dev/null || true
exit $status
