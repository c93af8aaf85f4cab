#!/usr/bin/env bash
# Builds the previous commit's jar (HEAD~1, the first parent: main before this change) for the rolling-upgrade step
# of ClusterIT, which starts the cluster on it and replaces one node at a time by target/werkpad.jar.
#
#   scripts/previous-jar.sh [OUT]     (default OUT: target/previous/werkpad.jar)
#
# Prints nothing and leaves no OUT when there is no previous commit (a shallow clone): ClusterIT then skips the step.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
use_launcher_jdk
out="${1:-target/previous/werkpad.jar}"
if ! git rev-parse -q --verify 'HEAD~1^{commit}' >/dev/null; then
  echo "no previous commit here (a shallow clone?): the rolling upgrade step is skipped" >&2
  exit 0
fi
wt=$(mktemp -d -t werkpad-previous-XXXX)
git worktree add -q --detach "$wt" 'HEAD~1'
trap 'git worktree remove --force "$wt" >/dev/null 2>&1 || rm -rf "$wt"' EXIT
started=$(date +%s)
(cd "$wt" && ./mvnw -q -B -Dmaven.test.skip=true -Dspotless.check.skip=true -Djacoco.skip=true package) >&2
mkdir -p "$(dirname "$out")"
cp "$wt/target/werkpad.jar" "$out"
echo "previous commit $(git rev-parse --short 'HEAD~1') built into $out in $(( $(date +%s) - started )) s" >&2
