#!/usr/bin/env python3
"""Checks the server's layering and file sizes (run by `make lint`).

1. Floors: each top-level module of server/src may use (`crate::<module>`)
   only modules on lower floors. The table below is the architecture of the
   README ("Architecture"); a new top-level module must be placed in it.
2. Size: no source file over 800 lines, outside tests and generated code.

Function length is held by clippy (`too_many_lines`, threshold in
clippy.toml). Exits non-zero, naming each offence.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Floor of each top-level module of server/src, from the ground up.
FLOORS = {
    "error": 0,
    "value": 1, "wt": 1, "config": 1, "interrupt": 1, "log": 1,
    "options": 2, "wire": 2,
    "expr": 2, "failpoint": 2, "memory": 2, "ingress": 2,
    "threads": 3,
    "query": 3,
    "update": 4, "index": 4,
    "storage": 5,
    "planner": 6, "cursor": 6, "session": 6, "concern": 6, "ops": 6, "repl": 6,
    "state": 7, "agg": 7,
    "commands": 8, "ttl": 8,
    "dispatch": 9,
    "net": 10,
    "server": 11,
    "lib": 12, "main": 12,
}

MAX_LINES = 800
GENERATED = {"server/src/error/codes.rs"}


def is_test(path):
    name = os.path.basename(path)
    parts = path.split(os.sep)
    return (name == "tests.rs" or name.endswith("_tests.rs") or "tests" in parts
            or name == "selftest.rs")


def sources(top):
    for d, _, files in os.walk(os.path.join(ROOT, top)):
        for f in files:
            if f.endswith(".rs"):
                yield os.path.relpath(os.path.join(d, f), ROOT)


def strip_test_modules(text):
    """Drops inline `#[cfg(test)] mod x { ... }` blocks (tests may reach anywhere)."""
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*mod \w+\s*\{", text):
        if m.start() < i:
            continue
        out.append(text[i:m.start()])
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        i = j
    out.append(text[i:])
    return "".join(out)


def main():
    problems = []
    for path in sources("server/src"):
        rel = os.path.relpath(path, "server/src")
        top = rel.split(os.sep)[0].removesuffix(".rs")
        if top not in FLOORS:
            problems.append(f"{path}: top-level module '{top}' has no floor in scripts/check-structure.py")
            continue
        if is_test(path):
            continue
        text = strip_test_modules(open(os.path.join(ROOT, path)).read())
        for m in re.finditer(r"\bcrate::([a-z_]+)", text):
            used = m.group(1)
            if used == top or used not in FLOORS:
                continue
            if FLOORS[used] >= FLOORS[top]:
                line = text.count("\n", 0, m.start()) + 1
                problems.append(
                    f"{path}:{line}: {top}/ (floor {FLOORS[top]}) uses {used}/ (floor {FLOORS[used]}): "
                    "a module may only use modules on lower floors")
    for top in ("server/src", "harness/src"):
        for path in sources(top):
            if is_test(path) or path in GENERATED:
                continue
            n = sum(1 for _ in open(os.path.join(ROOT, path)))
            if n > MAX_LINES:
                problems.append(f"{path}: {n} lines (at most {MAX_LINES} outside tests and generated code)")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print("structure: floors respected, no file over", MAX_LINES, "lines")


if __name__ == "__main__":
    main()
