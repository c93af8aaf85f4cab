#!/usr/bin/env bash
# Two Werkpad nodes behind HAProxy on Debian's PostgreSQL (ClusterIT, docs/operations.md "What proves it"): sessions on
# both nodes, the change-feed lag, a node killed with SIGKILL under load, expiry once per vacancy, the restart, and a
# backup restored. Needs Debian's postgresql and haproxy (.ci/run installs them) and the jar that `./werkpad test` built;
# it is a step of its own because it needs those packages and takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || fail "Debian's postgresql is not installed (apt-get install postgresql)"
command -v haproxy >/dev/null 2>&1 || fail "haproxy is not installed (apt-get install haproxy)"
[ -f target/werkpad.jar ] || fail "target/werkpad.jar is missing: run ./werkpad test first"
use_launcher_jdk

# only the failsafe tests ClusterIT and EmbeddedBackupIT (it needs Debian's postgresql-client-15): no unit tests, the
# compiled classes and the jar are reused
./mvnw -B -o verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='ClusterIT,EmbeddedBackupIT' \
  -Dit.excluded=none
echo "cluster checks passed"
