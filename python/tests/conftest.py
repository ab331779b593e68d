"""Shared helpers for the secantusdb package's own tests.

The fixtures under test (secantus_server, secantus_client, secantus_db) come
from the installed package's pytest11 entry point, not from here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Set

import pytest

pytest_plugins = ["pytester"]


def child_pids() -> Set[int]:
    """The pids of this process's children (live or zombie)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        return {p.pid for p in psutil.Process().children()}
    me = os.getpid()
    children = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                data = f.read()
        except OSError:  # it ended meanwhile
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        fields = data[data.rindex(")") + 2:].split()
        if int(fields[1]) == me:
            children.add(int(entry))
    return children


def reaped(pid: int) -> bool:
    """True when ``pid`` is no longer a child of ours: it ended and was waited for."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    # done == pid: an unwaited zombie (reaped only now); 0: still running.
    return False


@pytest.fixture
def fake_binary(tmp_path: Path):
    """Write an executable shell script standing in for secantusdb-rs."""

    def make(body: str, name: str = "fake-secantusdb-rs") -> str:
        path = tmp_path / name
        path.write_text("#!/bin/sh\n" + body + "\n")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
        return str(path)

    return make
