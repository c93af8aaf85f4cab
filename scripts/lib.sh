# Helpers for the end-to-end check scripts. Source it; not a command.

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# wait_for_url URL SECONDS LOGFILE: waits until URL answers 200; prints the seconds it took
wait_for_url() {
  local url="$1" limit="$2" log="$3" start now
  start=$(date +%s)
  while true; do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      now=$(date +%s); echo $((now - start)); return 0
    fi
    now=$(date +%s)
    if [ $((now - start)) -ge "$limit" ]; then
      echo "FAIL: $url did not answer within ${limit}s; last log lines:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
}

stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

fail() { echo "FAIL: $*" >&2; exit 1; }

# JAVA_HOME for the ./mvnw calls of a script: the JDK 25 the launcher finds (the machine's default java may be older).
use_launcher_jdk() { JAVA_HOME="$(./werkpad java-home)"; export JAVA_HOME; }
