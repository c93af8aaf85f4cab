#!/usr/bin/env bash
# End to end through the launcher: ./werkpad demo on an empty data directory serves the home page
# (and prints where and how to log in), keeps its data across a restart, and refuses clearly a
# second start on an occupied port or a locked data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

data=$(mktemp -d)
port=$(free_port)
log1=$(mktemp); log2=$(mktemp); log3=$(mktemp)
pids=()
cleanup() { for p in "${pids[@]}"; do stop_pid "$p"; done; rm -rf "$data"; }
trap cleanup EXIT

use_launcher_jdk   # builds nothing, but finds the JDK that ./mvnw below builds with
./mvnw -q -B -DskipTests package   # build first, so the timing below is the start, not the build

WERKPAD_DEMO_PASSWORD= ./werkpad demo --port "$port" --data-dir "$data" >"$log1" 2>&1 &
pids+=($!)
secs=$(wait_for_url "http://localhost:$port/" 120 "$log1")
echo "first start (empty database, migrations, demo seed): home page after ${secs}s"
[ "$secs" -le 60 ] || fail "first start took ${secs}s, more than 60s"
grep -q "Open: http://localhost:$port/" "$log1" || fail "the address to open was not printed"
password=$(sed -n 's/.*Wachtwoord \/ password: //p' "$log1" | head -n 1)
[ -n "$password" ] || fail "the demo password was not printed"
curl -fsS -u "adviseur:$password" "http://localhost:$port/api/v1/me" | grep -q '"ADVISEUR"' || fail "demo log-in adviseur"

# a second Werkpad on the same port
if ./werkpad demo --port "$port" --data-dir "$(mktemp -d)" >"$log2" 2>&1; then fail "second start on an occupied port succeeded"; fi
grep -q "Port $port is already in use" "$log2" || fail "no clear message for an occupied port: $(cat "$log2")"
# a second Werkpad on the same data directory
other=$(free_port)
if timeout 120 ./werkpad demo --port "$other" --data-dir "$data" >"$log3" 2>&1; then fail "second start on a locked data directory succeeded"; fi
grep -q "is in use by another Werkpad process" "$log3" || fail "no clear message for a locked data directory: $(tail -20 "$log3")"
echo "second start refused with a clear message: occupied port, locked data directory"

# data survives a restart: the same account (same id) is there afterwards, not a re-seeded one
before=$(curl -fsS -u "inwoner:$password" "http://localhost:$port/api/v1/me" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
stop_pid "${pids[0]}"   # ./werkpad execs java, so this is the server itself
pids=()
WERKPAD_DEMO_PASSWORD= ./werkpad demo --port "$port" --data-dir "$data" >"$log1" 2>&1 &
pids+=($!)
secs=$(wait_for_url "http://localhost:$port/" 60 "$log1")
echo "restart: home page after ${secs}s"
grep -q "Wachtwoord / password: $password" "$log1" || fail "the restart printed another demo password"
again=$(curl -fsS -u "inwoner:$password" "http://localhost:$port/api/v1/me" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ "$again" = "$before" ] || fail "the account changed across the restart ($before -> $again)"
echo "data survived the restart (same account id $again)"
# commands run inside Werkpad without a web server, on their own data directory
cmd_dir=$(mktemp -d)
WERKPAD_DATA_DIR="$cmd_dir" ./werkpad generate-market --persons 200 --vacancies 50 --offers 10 --seed 1 >"$log2" 2>&1 \
  || fail "generate-market failed: $(tail -20 "$log2")"
grep -q "Generated .* 50 vacancies" "$log2" || fail "generate-market did not report: $(tail -5 "$log2")"
pkg=$(mktemp -d)
printf 'conceptType,conceptUri,iscoGroup,preferredLabel\nOccupation,http://data.europa.eu/esco/occupation/bad,9999,x\n' > "$pkg/occupations_en.csv"
printf 'conceptType,conceptUri,preferredLabel\n' > "$pkg/skills_en.csv"
if WERKPAD_DATA_DIR="$cmd_dir" ./werkpad import-esco "$pkg" >"$log2" 2>&1; then fail "a broken ESCO package was accepted"; fi
grep -q "occupations_en.csv, line 2" "$log2" || fail "import-esco did not name the bad line: $(tail -5 "$log2")"
rm -rf "$cmd_dir" "$pkg"
echo "commands: generate-market and import-esco (a broken package refused, naming file and line)"
echo "launcher checks passed"
