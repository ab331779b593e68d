"""Start and stop many servers in a row and check that nothing is left behind.

The loop is kept lean (start, one TCP connection, stop): a start of the debug
build takes ~25 ms with the vendored WiredTiger, but ~0.5 s of CPU with an
unpatched one (its clock calibration at library initialization).
SECANTUSDB_CYCLES overrides the count (default 100).
"""

from __future__ import annotations

import glob
import os
import socket
import tempfile
import time

from conftest import child_pids, reaped
from secantusdb import SecantusServer

CYCLES = int(os.environ.get("SECANTUSDB_CYCLES", "100"))


def _port_is_free(port: int) -> bool:
    # No SO_REUSEADDR: the bind fails while anything, a listener or a
    # connection in TIME_WAIT, still holds the port.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def test_start_and_stop_many_servers_in_sequence():
    temp_pattern = os.path.join(tempfile.gettempdir(), "secantusdb-*")
    dirs_before = set(glob.glob(temp_pattern))
    children_before = child_pids()
    servers = []  # (pid, port, dbpath)
    busy_after_stop = []
    sockets_left = []
    started = time.monotonic()
    for _ in range(CYCLES):
        server = SecantusServer()
        began = time.time()
        server.start()
        pid, port, dbpath = server.pid, server.port, server.dbpath
        assert os.path.isdir(dbpath)
        sock = f"/tmp/mongodb-{port}.sock"
        # The port really is this server's listener.
        socket.create_connection((server.host, port), timeout=5).close()
        server.stop()
        # Checked at once: later the OS may hand the port to someone else.
        if not _port_is_free(port):
            busy_after_stop.append(port)
        # A socket file for this port made before this server started (by a
        # server someone else ran on this port and killed) is not its own.
        if os.path.exists(sock) and os.stat(sock).st_mtime >= began - 1:
            sockets_left.append(sock)
        servers.append((pid, port, dbpath))
    elapsed = time.monotonic() - started
    print(f"\n{CYCLES} servers started and stopped in {elapsed:.1f} s "
          f"({elapsed / CYCLES * 1000:.0f} ms each)")

    pids = [pid for pid, _, _ in servers]
    assert len(set(pids)) == CYCLES
    assert [pid for pid in pids if not reaped(pid)] == []
    assert child_pids() - children_before == set()
    assert busy_after_stop == []
    assert [d for _, _, d in servers if os.path.exists(d)] == []
    assert set(glob.glob(temp_pattern)) - dirs_before == set()
    assert sockets_left == []
