#!/usr/bin/env bash
# Installs the Python package (python/) into its own virtualenv
# (target/python-pkg-venv, kept apart from the pinned pymongo-suite venv so
# its pytest plugin never loads there) and runs its pytest suite against
# the binary given as $1 (SECANTUSDB_BINARY: WiredTiger is not built twice).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
venv="$root/target/python-pkg-venv"
python="${PYTHON:-python3}"

stamp="$venv/.secantus-pkg"
want="$(cat "$0" "$root/python/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if ! [ -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || ! [ -x "$venv/bin/python" ]; then
    echo "python-test: creating $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet pytest
    echo "$want" > "$stamp"
fi
# Reinstalled every run: the package's sources may have changed.
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps "$root/python"
"$venv/bin/python" -m pip install --quiet "$root/python[test]"
cd "$root/python"
SECANTUSDB_BINARY="$bin" "$venv/bin/python" -m pytest -q -p no:cacheprovider tests
