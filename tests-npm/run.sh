#!/usr/bin/env bash
# Runs the mongodb-memory-server tests against a secantusdb-rs binary.
#
#   tests-npm/run.sh [path/to/secantusdb-rs]
#
# The binary is the first argument, else $SECANTUS_SERVER_BIN, else
# ../target/debug/secantusdb-rs relative to this script. Extra environment
# (DEBUG=MongoMS:* for mongodb-memory-server's log) is passed through.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:-${SECANTUS_SERVER_BIN:-$here/../target/debug/secantusdb-rs}}"

die() { echo "tests-npm: $*" >&2; exit 1; }

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 ||
    die "'$tool' not found on PATH; install Node.js >= 18 (with npm) to run these tests"
done
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' ||
  die "Node.js >= 18 is required (mongodb-memory-server-core 10 and mongodb 6; Debian's nodejs package qualifies), found $(node --version)"

[ -e "$bin" ] || die "server binary not found: $bin (build it with 'make server-bin' or pass its path)"
[ -x "$bin" ] || die "server binary is not executable: $bin"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

cd "$here"

# Never let mongodb-memory-server download a mongod, at install or at runtime.
export MONGOMS_DISABLE_POSTINSTALL=1
export MONGOMS_RUNTIME_DOWNLOAD=false

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# (Re)install only when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  start="$(now)"
  npm ci --no-audit --no-fund
  touch node_modules
  echo "tests-npm: npm ci took $(elapsed "$start")s"
fi

start="$(now)"
status=0
MONGOMS_SYSTEM_BINARY="$bin" MONGOMS_VERSION=8.0.4 npm test || status=$?
echo "tests-npm: tests took $(elapsed "$start")s (binary: $bin)"
exit "$status"
