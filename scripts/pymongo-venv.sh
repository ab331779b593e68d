#!/usr/bin/env bash
# Prepare (once, cached) the virtualenv that runs pymongo's own test suite:
# target/pymongo-venv with the pinned test-runner versions and pymongo itself
# installed editable from the pinned sdist (which builds its C extensions in
# place). Re-run only when this script or the pinned sources change.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${PYMONGO_VENV:-$root/target/pymongo-venv}"
sdist="$root/target/specs/pymongo-4.20.1"
python="${PYTHON:-python3}"
# Test-runner versions: pytest and pytest-asyncio as in the sdist's uv.lock,
# plus the plugins for per-test results, timeouts and workers.
runner_pins=(pytest==9.2.0 pytest-asyncio==1.4.1.post1 pytest-json-report==1.5.0 pytest-timeout==2.4.0 pytest-xdist==3.8.0)

stamp="$venv/.secantus-venv"
want="$(cat "$0" "$root/specs/sources.txt" | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/python" ]; then
    echo "venv: $venv is up to date"
    exit 0
fi

[ -d "$sdist" ] || "$root/scripts/fetch-specs.sh"
echo "venv: creating $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "${runner_pins[@]}"
"$venv/bin/python" -m pip install --quiet -r "$sdist/requirements/test.txt"
"$venv/bin/python" -m pip install --quiet -e "$sdist"
"$venv/bin/python" -c 'import pymongo, bson; print("venv: pymongo", pymongo.__version__, "C extensions:", pymongo.has_c(), bson.has_c())'
echo "$want" > "$stamp"
