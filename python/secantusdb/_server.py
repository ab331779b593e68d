"""Starting and stopping one ``secantusdb-rs`` process."""

from __future__ import annotations

import atexit
import collections
import json
import os
import shlex
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import weakref
from typing import Any, Deque, IO, List, Optional, Sequence, Union

from ._binary import find_binary

HOST = "127.0.0.1"
# mongod's structured-log id of "Waiting for connections"; its attr.port is
# the port the server listens on (the one the OS chose for --port 0).
_READY_LOG_ID = 23016
_LOG_LINES_KEPT = 200
# Flags this launcher needs to own: the log must go to stdout (readiness is
# read from it) and the process must stay in the foreground (it is our child).
_REFUSED_ARGS = ("--logpath", "--fork")


class ServerStartError(RuntimeError):
    """The server exited or did not become ready in time."""


class _Process:
    """Everything that must be cleaned up for one server process.

    Holds no reference to the :class:`SecantusServer` that owns it, so that
    ``weakref.finalize`` can stop a server that was dropped without ``stop()``.
    """

    def __init__(self) -> None:
        self.proc: Optional[subprocess.Popen] = None
        self.threads: List[threading.Thread] = []
        # The last lines of each stream, kept apart so that a burst of log
        # lines on stdout cannot push an error on stderr out of the tail.
        self.stdout_tail: Deque[str] = collections.deque(maxlen=_LOG_LINES_KEPT)
        self.stderr_tail: Deque[str] = collections.deque(maxlen=_LOG_LINES_KEPT)
        self.log_lock = threading.Lock()
        self.ready = threading.Event()
        self.port: Optional[int] = None
        self.clients: List[Any] = []
        self.tempdir: Optional[str] = None
        self.stop_timeout = 10.0
        self.stopped = False
        self.lock = threading.Lock()

    def add_line(self, tail: Deque[str], line: str) -> None:
        with self.log_lock:
            tail.append(line)

    def log_text(self) -> str:
        with self.log_lock:
            stdout, stderr = list(self.stdout_tail), list(self.stderr_tail)
        parts = []
        for name, lines in (("stdout", stdout), ("stderr", stderr)):
            if lines:
                parts.append(f"--- {name} (last {len(lines)} lines) ---")
                parts.extend(lines)
        return "\n".join(parts)

    def shutdown(self) -> None:
        """Close clients, end the process, join readers, remove the temp dir.

        Safe to call more than once and from atexit or a finalizer.
        """
        with self.lock:
            if self.stopped:
                return
            self.stopped = True
        _live.discard(self)
        clients, self.clients = self.clients, []
        for client in clients:
            try:
                client.close()
            except Exception:
                pass
        proc = self.proc
        if proc is not None:
            if proc.poll() is None:
                try:
                    proc.send_signal(signal.SIGTERM)
                except ProcessLookupError:
                    pass
                try:
                    proc.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for thread in self.threads:
                thread.join(timeout=5)
            for stream in (proc.stdout, proc.stderr, proc.stdin):
                if stream is not None:
                    try:
                        stream.close()
                    except Exception:
                        pass
        if self.tempdir is not None:
            shutil.rmtree(self.tempdir, ignore_errors=True)


# Servers started and not yet stopped; stopped at interpreter exit.
_live: "set[_Process]" = set()


@atexit.register
def _stop_all_at_exit() -> None:
    for state in list(_live):
        state.shutdown()


def _read_stdout(stream: IO[bytes], state: _Process) -> None:
    """Drain the server's stdout (JSON log lines), noting the ready line."""
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        state.add_line(state.stdout_tail, line)
        if state.ready.is_set():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        # Never raise here: a dead reader would stop draining the pipe.
        if isinstance(entry, dict) and entry.get("id") == _READY_LOG_ID:
            attr = entry.get("attr")
            port = attr.get("port") if isinstance(attr, dict) else None
            if isinstance(port, int) and not isinstance(port, bool):
                state.port = port
                state.ready.set()


def _read_stderr(stream: IO[bytes], state: _Process) -> None:
    for raw in iter(stream.readline, b""):
        state.add_line(state.stderr_tail, raw.decode("utf-8", "replace").rstrip("\r\n"))


def _replica_set_flags(replica_set: Union[bool, str]) -> List[str]:
    if replica_set is True:
        return []  # the server's default: an initiated one-member set
    if replica_set is False or replica_set == "standalone":
        return ["--standalone"]
    raise ValueError(
        f"replica_set must be True (a one-member replica set) or 'standalone', "
        f"not {replica_set!r}"
    )


class SecantusServer:
    """One ``secantusdb-rs`` server process, listening on 127.0.0.1.

    Use it as a context manager (``with SecantusServer() as server: ...``) or
    call :meth:`start` and :meth:`stop`. By default the server keeps its data
    in memory, listens on a port the OS chooses, and is a one-member replica
    set named ``secantus`` (so transactions and change streams work).

    :param in_memory: ``True`` for ``--storageEngine inMemory``, ``False``
        for WiredTiger on disk.
    :param port: the port to listen on; 0 lets the OS choose one.
    :param dbpath: the data directory. When ``None``, the server object
        creates a temporary directory and removes it at :meth:`stop`; a path
        given here is created if missing and never removed.
    :param replica_set: ``True`` for a one-member replica set, ``'standalone'``
        (or ``False``) for a standalone server.
    :param args: more command-line flags for ``secantusdb-rs`` (mongod's).
    :param startup_timeout: seconds to wait for the server to be ready.
    :param stop_timeout: seconds :meth:`stop` waits after SIGTERM before it
        sends SIGKILL.
    :param binary: the ``secantusdb-rs`` binary; found by :func:`find_binary`
        when ``None``.
    """

    def __init__(
        self,
        in_memory: bool = True,
        port: int = 0,
        dbpath: Optional[Union[str, "os.PathLike[str]"]] = None,
        replica_set: Union[bool, str] = True,
        args: Sequence[str] = (),
        startup_timeout: float = 30,
        stop_timeout: float = 10,
        binary: Optional[Union[str, "os.PathLike[str]"]] = None,
    ) -> None:
        if isinstance(args, str):
            raise TypeError("args must be a sequence of strings, not one string")
        self._replica_flags = _replica_set_flags(replica_set)
        for arg in args:
            if arg.split("=", 1)[0] in _REFUSED_ARGS:
                raise ValueError(
                    f"{arg} cannot be used: SecantusServer reads the log from "
                    f"the server's stdout and runs it as a child process"
                )
        self.in_memory = in_memory
        self.requested_port = int(port)
        self.replica_set = replica_set
        self.args = tuple(args)
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self._binary_arg = binary
        self._user_dbpath = os.fspath(dbpath) if dbpath is not None else None
        self._state: Optional[_Process] = None
        self._finalizer: Optional[weakref.finalize] = None
        self.binary: Optional[str] = None
        self.command: Optional[List[str]] = None

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> "SecantusServer":
        """Start the server and wait until it accepts connections."""
        if self._state is not None and not self._state.stopped:
            return self
        binary = find_binary(self._binary_arg)
        state = _Process()
        state.stop_timeout = self.stop_timeout
        self._state = state
        _live.add(state)
        self._finalizer = weakref.finalize(self, state.shutdown)
        try:
            if self._user_dbpath is None:
                state.tempdir = tempfile.mkdtemp(prefix="secantusdb-")
                dbpath = state.tempdir
            else:
                dbpath = os.path.abspath(self._user_dbpath)
                os.makedirs(dbpath, exist_ok=True)
            self._dbpath = dbpath
            command = [
                binary,
                "--port", str(self.requested_port),
                "--bind_ip", HOST,
                "--nounixsocket",
                "--setParameter", "enableTestCommands=1",
                "--storageEngine", "inMemory" if self.in_memory else "wiredTiger",
                "--dbpath", dbpath,
                *self._replica_flags,
                *self.args,
            ]
            self.binary, self.command = binary, command
            state.proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                close_fds=True,
            )
            for target, stream in (
                (_read_stdout, state.proc.stdout),
                (_read_stderr, state.proc.stderr),
            ):
                thread = threading.Thread(
                    target=target,
                    args=(stream, state),
                    name=f"secantusdb-{state.proc.pid}-{target.__name__}",
                    daemon=True,
                )
                thread.start()
                state.threads.append(thread)
            self._wait_ready(state)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, state: _Process) -> None:
        proc = state.proc
        assert proc is not None
        deadline = time.monotonic() + self.startup_timeout
        while not state.ready.wait(0.02):
            code = proc.poll()
            if code is not None:
                if state.ready.is_set():  # ready just before it exited
                    break
                for thread in state.threads:  # collect its last words
                    thread.join(timeout=2)
                raise ServerStartError(
                    f"secantusdb-rs exited with code {code} before it was "
                    f"ready.\n{self._describe(state)}"
                )
            if time.monotonic() > deadline:
                raise ServerStartError(
                    f"secantusdb-rs was not ready after {self.startup_timeout} s "
                    f"(no 'Waiting for connections' log line).\n"
                    f"{self._describe(state)}"
                )
        if proc.poll() is not None:
            for thread in state.threads:
                thread.join(timeout=2)
            raise ServerStartError(
                f"secantusdb-rs exited with code {proc.returncode} right after "
                f"it was ready.\n{self._describe(state)}"
            )

    def _describe(self, state: _Process) -> str:
        command = " ".join(shlex.quote(c) for c in self.command or [])
        log = state.log_text() or "(no output)"
        return f"command: {command}\n{log}"

    def stop(self) -> None:
        """Close the clients made by :meth:`client`, then end the server.

        Sends SIGTERM, waits up to ``stop_timeout`` (10 s), then SIGKILL;
        joins the output readers and removes the temporary
        data directory. Does nothing if the server is not running.
        """
        if self._finalizer is not None:
            self._finalizer()  # runs _Process.shutdown once, then detaches
        elif self._state is not None:
            self._state.shutdown()

    def __enter__(self) -> "SecantusServer":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- information -------------------------------------------------------

    def _running_state(self) -> _Process:
        state = self._state
        if state is None or state.stopped or state.port is None:
            raise RuntimeError("the SecantusDB server is not running; call start()")
        return state

    @property
    def running(self) -> bool:
        state = self._state
        return (
            state is not None
            and not state.stopped
            and state.proc is not None
            and state.proc.poll() is None
        )

    @property
    def host(self) -> str:
        return HOST

    @property
    def port(self) -> int:
        port = self._running_state().port
        assert port is not None
        return port

    @property
    def pid(self) -> int:
        proc = self._running_state().proc
        assert proc is not None
        return proc.pid

    @property
    def dbpath(self) -> str:
        """The data directory (the temporary one, unless one was given)."""
        self._running_state()
        return self._dbpath

    @property
    def uri(self) -> str:
        return f"mongodb://{HOST}:{self.port}/?directConnection=true"

    @property
    def log(self) -> str:
        """The last lines (up to 200 of each) of the server's stdout and stderr."""
        return self._state.log_text() if self._state is not None else ""

    def client(self, **kwargs: Any) -> Any:
        """A ``pymongo.MongoClient`` for this server, closed at :meth:`stop`."""
        state = self._running_state()
        try:
            import pymongo
        except ImportError as exc:
            raise ImportError(
                "SecantusServer.client() needs pymongo: "
                "pip install 'secantusdb[pymongo]' (or pip install pymongo)"
            ) from exc
        client = pymongo.MongoClient(self.uri, **kwargs)
        state.clients.append(client)
        return client

    def __repr__(self) -> str:
        state = self._state
        if state is None or state.stopped or state.port is None:
            return "<SecantusServer (not running)>"
        return f"<SecantusServer {self.uri} pid={self.pid}>"
