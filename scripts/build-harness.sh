#!/usr/bin/env bash
# Builds the server binary, the harness binary and the unified runner with one
# `cargo test --workspace --no-run`: the same package selection, and so the
# same resolved features, as the `cargo test --workspace` of `make test`.
# Building them with `-p` selections instead resolves other features for
# shared dependencies and compiles them (WiredTiger included) a second time.
# Writes the unified runner's executable path to target/unified-runner.path.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
"${CARGO:-cargo}" test --workspace --no-run --message-format=json-render-diagnostics \
    | python3 -c '
import json, sys
exe = None
for line in sys.stdin:
    try:
        msg = json.loads(line)
    except ValueError:
        continue
    t = msg.get("target") or {}
    if msg.get("reason") == "compiler-artifact" and t.get("name") == "unified" and "test" in t.get("kind", []):
        exe = msg.get("executable") or exe
if not exe:
    sys.exit("build-harness: cargo reported no unified test executable")
print(exe)
' > target/unified-runner.path.new
mv target/unified-runner.path.new target/unified-runner.path
for bin in target/debug/secantusdb-rs target/debug/secantus-harness; do
    [ -x "$bin" ] || { echo "build-harness: $bin was not built" >&2; exit 1; }
done
