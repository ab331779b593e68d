#!/usr/bin/env bash
# Prepare (once, cached) the virtualenv that runs Motor's own test suite:
# target/motor-venv with the same test-runner pins as pymongo's, Motor's test
# requirements (requirements/test.txt in its sdist) at fixed versions,
# pymongo from the pinned sdist and Motor from its pinned sdist. Not
# installed: pymongocrypt (Motor's `encryption` extra) — client-side
# encryption is out of scope, and its tests are excluded in
# specs/motor-excludes.txt. Re-run only when this script or the pinned
# sources change.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${MOTOR_VENV:-$root/target/motor-venv}"
pymongo="$root/target/specs/pymongo-4.20.1"
motor="$root/target/specs/motor-3.7.1"
python="${PYTHON:-python3}"
runner_pins=(pytest==9.2.0 pytest-asyncio==1.4.1.post1 pytest-json-report==1.5.0 pytest-timeout==2.4.0)
# aiohttp 3.11, of Motor 3.7's time: from 3.12 on, a response's Last-Modified
# rounds a naive datetime up to the next second, which Motor's GridFS handler
# tests (uploadDate between two client-side clocks) do not expect.
test_pins=(tornado==6.6.1 aiohttp==3.11.18 mockupdb==1.8.1)

stamp="$venv/.secantus-venv"
want="$(cat "$0" "$root/specs/sources.txt" | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/python" ]; then
    echo "venv: $venv is up to date"
    exit 0
fi

{ [ -d "$pymongo" ] && [ -d "$motor" ]; } || "$root/scripts/fetch-specs.sh"
echo "venv: creating $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "${runner_pins[@]}" "${test_pins[@]}"
"$venv/bin/python" -m pip install --quiet "$pymongo"
"$venv/bin/python" -m pip install --quiet --no-deps "$motor"
"$venv/bin/python" -c 'import motor, pymongo; print("venv: motor", motor.version, "on pymongo", pymongo.__version__)'
echo "$want" > "$stamp"
