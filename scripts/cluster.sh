#!/usr/bin/env bash
# A Werkpad cluster on one machine, for trying it and for the cluster test: Debian's PostgreSQL, N Werkpad nodes
# and HAProxy in front, routing only to nodes whose readiness probe says they are ready.
#
#   scripts/cluster.sh [--nodes N] [--port P] [--dir DIR] [--mode demo|start] [--jar JAR]
#
# Everything it starts lives in DIR (default: a new temporary folder) and stops with Ctrl-C or SIGTERM. DIR/cluster.env
# tells where things are (ports, process ids); DIR/ready appears once the balancer answers. Needs Debian's
# postgresql and haproxy packages (apt-get install postgresql haproxy) and a built target/werkpad.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

nodes=2; port=8080; dir=""; mode=demo; jar=target/werkpad.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    --mode) mode="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;  # another release's jar, e.g. the previous one for a rolling upgrade
    *) fail "unknown option $1 (scripts/cluster.sh [--nodes N] [--port P] [--dir DIR] [--mode demo|start] [--jar JAR])" ;;
  esac
done
[ "$nodes" -ge 1 ] 2>/dev/null || fail "--nodes takes a whole number of at least 1"
java="${JAVA_HOME:-}/bin/java"; [ -x "$java" ] || fail "set JAVA_HOME to a JDK 25 (./werkpad cluster does)"
[ -f "$jar" ] || fail "$jar is missing: build it first (./werkpad cluster does)"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || fail "Debian's postgresql is not installed (apt-get install postgresql)"
command -v haproxy >/dev/null || fail "HAProxy is not installed (apt-get install haproxy)"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  fail "port $port is in use; choose another with --port"
fi

dir="${dir:-$(mktemp -d -t werkpad-cluster-XXXX)}"
mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"; chmod 755 "$dir"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pids=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_postgres "$pgbin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# One PostgreSQL for every node.
pgport=$(free_port)
mkdir -p "$dir/pg"; [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
if [ ! -f "$dir/pg/PG_VERSION" ]; then
  as_postgres "$pgbin/initdb" -D "$dir/pg" -U postgres -A trust >/dev/null
fi
as_postgres "$pgbin/pg_ctl" -D "$dir/pg" -o "-p $pgport -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=200" \
  -l "$dir/pg/server.log" -w start >/dev/null
psql_pg() { psql -h 127.0.0.1 -p "$pgport" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -c "select count(*) from pg_database where datname = 'werkpad'")" = 0 ]; then
  psql_pg -c "create role werkpad login password 'werkpad-cluster'"
  psql_pg -c "create database werkpad owner werkpad"
fi
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $pgport"

# Every node gets the same database and demo password, its own port and data folder (its index lives there).
export WERKPAD_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/werkpad" WERKPAD_DB_USER=werkpad WERKPAD_DB_PASSWORD=werkpad-cluster
[ -n "${WERKPAD_DEMO_PASSWORD:-}" ] || WERKPAD_DEMO_PASSWORD=$(cat "$dir/demo-password.txt" 2>/dev/null || head -c 12 /dev/urandom | base64 | tr -d '/+=')
export WERKPAD_DEMO_PASSWORD; echo "$WERKPAD_DEMO_PASSWORD" > "$dir/demo-password.txt"
# plain HTTP between the balancer and the nodes on this machine; the balancer's X-Forwarded-For names the client
export WERKPAD_SECURE_COOKIES=false SERVER_FORWARD_HEADERS_STRATEGY=native

{
  echo "DIR=$dir"; echo "PG_PORT=$pgport"; echo "PG_BIN=$pgbin"; echo "LB_PORT=$port"; echo "NODES=$nodes"
  echo "WERKPAD_DEMO_PASSWORD=$WERKPAD_DEMO_PASSWORD"
} > "$dir/cluster.env"

start_node() { # start_node I PORT: starts node I in the background and records its pid
  local i="$1" nodeport="$2"
  mkdir -p "$dir/node$i"
  WERKPAD_PORT="$nodeport" WERKPAD_DATA_DIR="$dir/node$i" \
    "$java" ${WERKPAD_JAVA_OPTS:--Xmx1g} -jar "$jar" --werkpad.mode="$mode" >>"$dir/node$i/werkpad.log" 2>&1 &
  echo $!
}

servers=""
for i in $(seq 1 "$nodes"); do
  nodeport=$(free_port)
  pid=$(start_node "$i" "$nodeport")
  pids+=("$pid")
  echo "NODE${i}_PORT=$nodeport" >> "$dir/cluster.env"; echo "NODE${i}_PID=$pid" >> "$dir/cluster.env"
  servers+="    server node$i 127.0.0.1:$nodeport check"$'\n'
  echo "node $i: port $nodeport, log $dir/node$i/werkpad.log"
done

cat > "$dir/haproxy.cfg" <<CFG
global
    maxconn 2048
    # the runtime API: take a node out and back in without stopping it (scripts, the cluster benchmark)
    stats socket $dir/haproxy.sock mode 600 level admin
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 5s
    retries 2
    option redispatch
frontend werkpad
    bind 127.0.0.1:$port
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    # only nodes that are ready: migrated, data imported, index built and caught up; not draining at shutdown
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 3 rise 2
    http-response set-header X-Werkpad-Node %s
$servers
CFG
haproxy -f "$dir/haproxy.cfg" -db >"$dir/haproxy.log" 2>&1 &
pids+=("$!")
echo "HAPROXY_PID=$!" >> "$dir/cluster.env"

for i in $(seq 1 "$nodes"); do
  p=$(sed -n "s/^NODE${i}_PORT=//p" "$dir/cluster.env")
  wait_for_url "http://127.0.0.1:$p/actuator/health/readiness" 600 "$dir/node$i/werkpad.log" >/dev/null
done
wait_for_url "http://127.0.0.1:$port/actuator/health/readiness" 30 "$dir/haproxy.log" >/dev/null
# the balancer takes a node in after two good checks in a row: wait until it has routed to every node
seen=""; deadline=$(( $(date +%s) + 120 ))
while [ "$(echo "$seen" | wc -w)" -lt "$nodes" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "the balancer did not take every node in within 120 s (seen:$seen)"
  node=$(curl -s -o /dev/null -D - "http://127.0.0.1:$port/actuator/health/readiness" | tr -d '\r' | sed -n 's/^[Xx]-[Ww]erkpad-[Nn]ode: //p' || true)
  case " $seen " in *" $node "*) ;; *) [ -n "$node" ] && seen="$seen $node" ;; esac
  sleep 0.3
done
touch "$dir/ready"
echo "=================================================================="
echo " Werkpad cluster: $nodes node(s) behind HAProxy"
echo " Open: http://localhost:$port/"
[ "$mode" = demo ] && echo " Demo log-ins: inwoner, werkgever, opleider, adviseur, fondsbeheerder, beleid, beheerder; password: $WERKPAD_DEMO_PASSWORD"
echo " Stop: Ctrl-C (everything lives in $dir)"
echo "=================================================================="
wait "${pids[@]}" 2>/dev/null || true
