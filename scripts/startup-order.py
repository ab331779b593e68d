#!/usr/bin/env python3
"""Writes server/link/startup-order.txt: the functions of the release server
that run when it starts in memory, answers a client's `hello` and `ping`,
idles for a second and stops — as Valgrind's callgrind records them.

server/build.rs hands the list to the linker (through
scripts/link-ordered.sh, which matches the names to the build's symbols),
which places those functions next to each other, so an idle server keeps few pages of its code resident
(reports/bench-startup.md). Run it after changes to start-up, the handshake
or the idle threads (`make startup-order`); a stale list only costs memory.

Usage: scripts/startup-order.py [BINARY]   (default target/release/secantusdb-rs)
Needs valgrind and nm (binutils).
"""

import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "server", "link", "startup-order.txt")


def bson(pairs):
    """A BSON document of int32 and string fields (all a handshake needs)."""
    body = b""
    for key, value in pairs:
        name = key.encode() + b"\0"
        if isinstance(value, int):
            body += b"\x10" + name + struct.pack("<i", value)
        else:
            raw = value.encode() + b"\0"
            body += b"\x02" + name + struct.pack("<i", len(raw)) + raw
    return struct.pack("<i", len(body) + 5) + body + b"\0"


def op_msg(request_id, pairs):
    """An OP_MSG with one body section."""
    payload = struct.pack("<I", 0) + b"\0" + bson(pairs)
    return struct.pack("<iiii", 16 + len(payload), request_id, 0, 2013) + payload


def command(sock, request_id, pairs):
    sock.sendall(op_msg(request_id, pairs))
    header = sock.recv(16, socket.MSG_WAITALL)
    (length,) = struct.unpack("<i", header[:4])
    sock.recv(length - 16, socket.MSG_WAITALL)


def wait_for_port(log_path, proc):
    """The port from mongod's 23016 "Waiting for connections" log line."""
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server exited with {proc.returncode}")
        if os.path.exists(log_path):
            with open(log_path, errors="replace") as log:
                for line in log:
                    if '"id":23016' in line:
                        return int(re.search(r'"port":(\d+)', line).group(1))
        time.sleep(0.2)
    sys.exit("the server did not start under valgrind in 120 s")


def called_functions(callgrind_out):
    """Every function name callgrind saw (callers and callees)."""
    names = set()
    with open(callgrind_out, errors="replace") as out:
        for line in out:
            match = re.match(r"c?fn=\(\d+\) (.+)", line.rstrip("\n"))
            if match:
                names.add(match.group(1))
    return names


def text_symbols(binary):
    nm = subprocess.run(["nm", "-S", binary], capture_output=True, text=True, check=True)
    symbols = {}
    for line in nm.stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[2] in "tTwW":
            symbols[fields[3]] = int(fields[1], 16)
    return symbols


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                             os.path.join(ROOT, "target", "release", "secantusdb-rs"))
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    work = tempfile.mkdtemp(prefix="startup-order.")
    try:
        log_path = os.path.join(work, "server.log")
        callgrind_out = os.path.join(work, "callgrind.out")
        os.mkdir(os.path.join(work, "db"))
        # The log goes to standard output, as with `make run` and the
        # start-up benchmark.
        with open(log_path, "w") as log:
            proc = subprocess.Popen(
                ["valgrind", "--tool=callgrind", "--demangle=no",
                 f"--callgrind-out-file={callgrind_out}", binary,
                 "--port", "0", "--dbpath", os.path.join(work, "db"), "--nounixsocket",
                 "--storageEngine", "inMemory"],
                stdout=log, stderr=subprocess.DEVNULL)
        port = wait_for_port(log_path, proc)
        with socket.create_connection(("127.0.0.1", port)) as sock:
            command(sock, 1, [("hello", 1), ("$db", "admin")])
            command(sock, 2, [("ping", 1), ("$db", "admin")])
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        if proc.wait(timeout=120) != 0:
            sys.exit(f"the server exited with {proc.returncode}")
        symbols = text_symbols(binary)
        hit = [name for name in called_functions(callgrind_out) if name in symbols]
        # Without the per-build hash of Rust's legacy mangling, which every
        # dependency change moves: scripts/link-ordered.sh matches the
        # names to the symbols of each link (its awk strips the same suffix:
        # change both together).
        names = sorted({re.sub(r"17h[0-9a-f]{16}E$", "", name) for name in hit})
        with open(OUT, "w") as out:
            out.write("".join(name + "\n" for name in names))
        size = sum(symbols[name] for name in hit)
        print(f"{OUT}: {len(names)} names ({len(hit)} functions, {size // 1024} KB of code)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
