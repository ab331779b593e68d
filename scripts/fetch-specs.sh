#!/usr/bin/env bash
# Fetch the pinned conformance sources listed in specs/sources.txt from PyPI
# with pip, verify each sha256 and unpack it under target/specs/NAME-VERSION/.
# Idempotent: a source already unpacked from a verified archive is kept.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/target/specs"
python="${PYTHON:-python3}"
mkdir -p "$dest/dl"

grep -v '^\s*#' "$root/specs/sources.txt" | while read -r name version sha; do
    [ -n "${name:-}" ] || continue
    dir="$dest/$name-$version"
    stamp="$dir/.verified-sha256"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sha" ]; then
        echo "specs: $name $version already present in ${dir#"$root"/}"
        continue
    fi
    archive="$dest/dl/$name-$version.tar.gz"
    if [ ! -f "$archive" ]; then
        echo "specs: downloading $name==$version sdist with pip"
        "$python" -m pip download --quiet --no-deps --no-binary :all: \
            --dest "$dest/dl" "$name==$version"
    fi
    actual="$(sha256sum "$archive" | cut -d' ' -f1)"
    if [ "$actual" != "$sha" ]; then
        echo "specs: sha256 mismatch for $archive" >&2
        echo "  expected $sha" >&2
        echo "  got      $actual" >&2
        rm -f "$archive"
        exit 1
    fi
    rm -rf "$dir"
    tar -xzf "$archive" -C "$dest"
    echo "$sha" > "$stamp"
    echo "specs: $name $version verified ($sha) and unpacked into ${dir#"$root"/}"
done
