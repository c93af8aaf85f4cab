#!/usr/bin/env bash
# Start-up benchmark: time from launching the jar to the home page answering, on an empty data
# directory (migrations + bundled ESCO and geography import + index) and on a restart of the same
# directory (nothing to import). Five rounds each; prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
./werkpad help >/dev/null
./mvnw -q -B -DskipTests package
JAVA="$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)/bin/java"
[ -x "$JAVA" ] || JAVA=java
ROUNDS=${ROUNDS:-5}
first=(); restart=(); imports=()

run_once() { # data-dir -> prints milliseconds until / answers
  local dir="$1" port log start pid
  port=$(free_port); log="$dir.log"
  start=$(date +%s%N)
  WERKPAD_DATA_DIR="$dir" WERKPAD_PORT="$port" WERKPAD_DEMO_PASSWORD=benchmark-password "$JAVA" -jar target/werkpad.jar --werkpad.mode=demo >"$log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$port/" 2>/dev/null; do sleep 0.1; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  stop_pid "$pid"
}

for i in $(seq 1 "$ROUNDS"); do
  dir=$(mktemp -d)
  first+=("$(run_once "$dir")")
  imports+=("$(sed -n 's/.*ESCO v1.2.0 imported in \([0-9]*\) ms.*/\1/p' "$dir.log")")
  restart+=("$(run_once "$dir")")
  rm -rf "$dir" "$dir.log"
done

stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%d | %d–%d", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo ""
echo "### Start-up, $(date +%F) ($("$JAVA" -version 2>&1 | head -n 1), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB)"
echo ""
echo "| what | median ms | min–max ms | rounds |"
echo "|---|---|---|---|"
echo "| first start, empty data directory, until the home page answers | $(stats "${first[@]}") | $ROUNDS |"
echo "| of which: bundled ESCO import (13,929 skills, 3,039 occupations, 129,176 relations) | $(stats "${imports[@]}") | $ROUNDS |"
echo "| restart of the same data directory, until the home page answers | $(stats "${restart[@]}") | $ROUNDS |"
