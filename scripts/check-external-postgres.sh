#!/usr/bin/env bash
# Werkpad on an external PostgreSQL (Debian's postgresql package, started here on a free port):
# the same migrations create one schema per module, the first administrator comes from
# WERKPAD_ADMIN_PASSWORD, data survives a restart, and health reports DOWN when the database is gone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || fail "Debian's postgresql is not installed (apt-get install postgresql)"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pgdir=$(mktemp -d); data=$(mktemp -d); log=$(mktemp)
chmod 755 "$pgdir"; [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
pgport=$(free_port); port=$(free_port)
app=""
cleanup() {
  [ -n "$app" ] && stop_pid "$app"
  as_postgres "$bin/pg_ctl" -D "$pgdir/db" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pgdir" "$data"
}
trap cleanup EXIT

as_postgres "$bin/initdb" -D "$pgdir/db" -U postgres -A trust >/dev/null
as_postgres "$bin/pg_ctl" -D "$pgdir/db" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1" -l "$pgdir/pg.log" -w start >/dev/null
psql_pg() { psql -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_pg -c "create role werkpad login password 'werkpad-secret'"
psql_pg -c "create database werkpad owner werkpad"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $pgport"

export WERKPAD_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/werkpad"
export WERKPAD_DB_USER=werkpad WERKPAD_DB_PASSWORD=werkpad-secret
export WERKPAD_ADMIN_PASSWORD="external-admin-password"

start_app() {
  ./werkpad start --port "$port" --data-dir "$data" >"$log" 2>&1 &
  app=$!
  wait_for_url "http://localhost:$port/actuator/health" 120 "$log" >/dev/null
}

start_app
curl -fsS "http://localhost:$port/actuator/health" | grep -q '"UP"' || fail "health is not UP"
me=$(curl -fsS -u "beheerder:$WERKPAD_ADMIN_PASSWORD" "http://localhost:$port/api/v1/me")
echo "$me" | grep -q '"BEHEERDER"' || fail "the administrator from WERKPAD_ADMIN_PASSWORD cannot log in: $me"
schemas=$(psql_pg -d werkpad -c "select string_agg(schema_name, ',' order by schema_name) from information_schema.schemata where schema_name in ('access','privacy')")
[ "$schemas" = "access,privacy" ] || fail "module schemas missing in the external database: $schemas"
[ ! -e "$data/pg" ] || fail "an embedded PostgreSQL was started although WERKPAD_DB_URL was set"
echo "migrated into the external database: schemas $schemas"

id_before=$(echo "$me" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
stop_pid "$app"; app=""
start_app
id_after=$(curl -fsS -u "beheerder:$WERKPAD_ADMIN_PASSWORD" "http://localhost:$port/api/v1/me" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ "$id_before" = "$id_after" ] || fail "the administrator changed across a restart"
echo "data survived a restart on the external database"

as_postgres "$bin/pg_ctl" -D "$pgdir/db" -m fast stop >/dev/null
code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/actuator/health")
[ "$code" = 503 ] || fail "health answered $code with the database down (expected 503)"
echo "health is DOWN (503) when the database does not answer"
echo "external PostgreSQL checks passed"
